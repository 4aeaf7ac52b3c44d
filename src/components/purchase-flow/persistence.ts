/**
 * What the flow keeps in `sessionStorage` to survive a reload or a sign-in redirect: only
 * non-secret state (step, email, tenant name, seat choice, purchase id, idempotency keys, the
 * ineligible or complete result). Never tokens, client secrets or card data.
 */
import type { FlowState, SeatChoice, Tenant } from './machine.js';

export interface Snapshot {
  v: 1;
  step: FlowState['step'];
  email: string;
  tenant?: Tenant;
  choice?: SeatChoice;
  purchaseId?: string;
  /** Idempotency keys by action fingerprint, stored before the first send. */
  keys: Record<string, string>;
  /** The ineligible notice or the completed purchase, to show again as they were. */
  final?: Extract<FlowState, { step: 'ineligible' } | { step: 'complete' }>;
}

export function storageKey(product: string): string {
  return `ssp-widgets:flow:${product}`;
}

/** What a flow's state is stored under: its product, and its `flow-id` when it has one. */
export function storageName(flow: { product: string; flowId: string }): string {
  return flow.flowId ? `${flow.product}:${flow.flowId}` : flow.product;
}

export function readSnapshot(product: string): Snapshot | undefined {
  try {
    const text = sessionStorage.getItem(storageKey(product));
    const snapshot = text ? (JSON.parse(text) as Snapshot) : undefined;
    return snapshot?.v === 1 ? snapshot : undefined;
  } catch {
    return undefined; // storage blocked (privacy mode, sandboxed iframe) or corrupt: start fresh
  }
}

export function writeSnapshot(product: string, snapshot: Snapshot): void {
  try {
    sessionStorage.setItem(storageKey(product), JSON.stringify(snapshot));
  } catch {
    /* storage full or blocked: the flow still works, it just cannot resume */
  }
}

export function clearSnapshot(product: string): void {
  try {
    sessionStorage.removeItem(storageKey(product));
  } catch {
    /* nothing to clear */
  }
}

/** The snapshot of a state, carrying over the keys and ids that outlive single steps. */
export function snapshotOf(state: FlowState, previous: Snapshot | undefined): Snapshot {
  const base: Snapshot = { v: 1, step: state.step, email: previous?.email ?? '', keys: previous?.keys ?? {} };
  switch (state.step) {
    case 'email':
      return { ...base, email: state.email };
    case 'sign-in':
      return { ...base, email: state.email, tenant: state.tenant };
    case 'checking':
      return { ...base, email: state.email, tenant: state.tenant, ...(state.choice ? { choice: state.choice } : {}) };
    case 'seats':
      return { ...base, email: state.email, tenant: state.tenant, choice: state.choice };
    case 'payment':
      return { ...base, email: state.email, tenant: state.tenant, choice: state.choice, purchaseId: state.purchase.id };
    case 'processing':
      return { ...base, tenant: previous?.tenant, choice: previous?.choice, purchaseId: state.purchase.id };
    case 'ineligible':
      return { ...base, email: state.email, final: state };
    case 'complete':
      return { ...base, final: state };
    case 'error':
      return { ...(previous ?? base), step: 'error' };
  }
}
