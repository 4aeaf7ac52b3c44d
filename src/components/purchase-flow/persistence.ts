/**
 * Where a flow's snapshot lives: `sessionStorage`, under the flow's product (and `flow-id`), so a
 * reload or a sign-in redirect can pick the flow up again. What a snapshot holds is decided by the
 * machine (`snapshotOf`); this module only reads and writes it, and hands out idempotency keys,
 * each stored before the request that carries it is first sent.
 */
import { newIdempotencyKey } from '../../api/idempotency.js';
import type { FlowEvent, FlowState, Snapshot } from './flow-state.js';

export function storageKey(name: string): string {
  return `ssp-widgets:flow:${name}`;
}

/** What a flow's state is stored under: its product, and its `flow-id` when it has one. */
export function storageName(flow: { product: string; flowId: string }): string {
  return flow.flowId ? `${flow.product}:${flow.flowId}` : flow.product;
}

export class FlowStore {
  private snapshot?: Snapshot;

  constructor(private readonly name: string) {}

  /** The stored snapshot, if any (and readable). */
  read(): Snapshot | undefined {
    try {
      const text = sessionStorage.getItem(storageKey(this.name));
      const snapshot = text ? (JSON.parse(text) as Snapshot) : undefined;
      this.snapshot = snapshot?.v === 1 ? snapshot : undefined;
    } catch {
      this.snapshot = undefined; // storage blocked (privacy mode, sandboxed iframe) or corrupt: start fresh
    }
    return this.snapshot;
  }

  /** Stores what of a new state outlives a reload. */
  save(state: FlowState, event?: FlowEvent): void {
    this.snapshot = snapshotOf(state, this.snapshot, event);
    this.write();
  }

  /** The idempotency key of an action, stored before its first send and reused on every retry. */
  key(action: string): string {
    const snapshot = (this.snapshot ??= { v: 1, step: 'email', email: '', keys: {} });
    let key = snapshot.keys[action];
    if (!key) {
      key = snapshot.keys[action] = newIdempotencyKey();
      this.write();
    }
    return key;
  }

  clear(): void {
    this.snapshot = undefined;
    try {
      sessionStorage.removeItem(storageKey(this.name));
    } catch {
      /* nothing to clear */
    }
  }

  private write(): void {
    try {
      sessionStorage.setItem(storageKey(this.name), JSON.stringify(this.snapshot));
    } catch {
      /* storage full or blocked: the flow still works, it just cannot resume */
    }
  }
}

/** What of a state is stored, carrying over the keys and ids that outlive single steps. */
export function snapshotOf(state: FlowState, previous: Snapshot | undefined, event?: FlowEvent): Snapshot {
  // Starting over forgets the idempotency keys: the next purchase is a new one.
  const keys = event?.type === 'RESTART' ? {} : (previous?.keys ?? {});
  const base: Snapshot = { v: 1, step: state.step, email: previous?.email ?? '', keys };
  switch (state.step) {
    case 'resuming':
      return { ...state.snapshot, keys };
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
      return { ...(previous ?? base), keys, step: 'error' };
  }
}
