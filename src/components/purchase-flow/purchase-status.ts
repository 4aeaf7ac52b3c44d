/**
 * Waiting for the server's word on a paid purchase: long polls (one request usually covers it),
 * backing off when the service answers at once or fails. The server is the only truth about
 * money: after SLOW_AFTER_MS the person is told the status is still being checked, never "failed".
 */
import type { CheckoutClient } from '../../api/client.js';
import type { FlowError, FlowEvent } from './flow-state.js';

/** After this long in `processing`, the flow says "still checking the payment status". */
export const SLOW_AFTER_MS = 8000;

export interface PollOptions {
  client(): CheckoutClient;
  purchaseId: string;
  /** Whether to keep asking (the flow is still waiting for this purchase). */
  polling(): boolean;
  send(event: FlowEvent): void;
  toFlowError(error: unknown): FlowError;
}

export async function pollPurchase({ client, purchaseId, polling, send, toFlowError }: PollOptions): Promise<void> {
  const slow = setTimeout(() => polling() && send({ type: 'SLOW' }), SLOW_AFTER_MS);
  let delay = 500;
  try {
    while (polling()) {
      const asked = Date.now();
      try {
        send({ type: 'STATUS', purchase: await client().getPurchase(purchaseId, { waitSeconds: 20 }) });
        if (Date.now() - asked > 1000) continue; // the service held the answer: ask again at once
      } catch (error) {
        send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 1.5, 4000);
    }
  } finally {
    clearTimeout(slow);
  }
}
