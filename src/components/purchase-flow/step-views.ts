/** Which view element shows each step, and which may follow it: their code loads on demand. */
import { loadElement, type SspTag } from '../../elements.js';
import type { Step } from '../../shared/events.js';

/** The view each step renders, and the ones that may follow it (their code is fetched ahead). */
const VIEWS: Record<Step, { view?: SspTag; next: SspTag[] }> = {
  email: { view: 'ssp-email-gate', next: ['ssp-sign-in', 'ssp-ineligible-notice'] },
  'sign-in': { view: 'ssp-sign-in', next: ['ssp-seat-picker', 'ssp-ineligible-notice'] },
  checking: { next: ['ssp-seat-picker', 'ssp-ineligible-notice'] },
  seats: { view: 'ssp-seat-picker', next: ['ssp-card-payment', 'ssp-purchase-complete'] },
  payment: { view: 'ssp-card-payment', next: ['ssp-purchase-complete'] },
  processing: { next: ['ssp-purchase-complete'] },
  complete: { view: 'ssp-purchase-complete', next: [] },
  ineligible: { view: 'ssp-ineligible-notice', next: [] },
  error: { next: [] },
};

/** Loads a step's view and prefetches the views of the steps after it. */
export function loadViews(step: Step): void {
  const { view, next } = VIEWS[step];
  for (const tag of view ? [view, ...next] : next) void loadElement(tag).catch(() => undefined);
}
