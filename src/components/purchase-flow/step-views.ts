/**
 * The step views as the flow sees them: which view element shows each step (its code loads on
 * demand, the next ones' ahead) and what each of their events means to the machine.
 */
import { loadElement, type SspTag } from '../../elements.js';
import {
  SspEmailSubmitEvent,
  SspLicenseRequestEvent,
  SspNavigateEvent,
  SspSeatsSubmitEvent,
  type Step,
} from '../../shared/events.js';
import type { FlowEvent } from './flow-state.js';

/** The view each step renders, and the ones that may follow it (their code is fetched ahead). */
const VIEWS: Record<Step, { view?: SspTag; next: SspTag[] }> = {
  // The email step's next views come with the flow's effects, which load once it is on screen.
  email: { view: 'ssp-email-gate', next: [] },
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

const NAVIGATION = {
  back: 'BACK',
  retry: 'RETRY',
  restart: 'RESTART',
  cancel: 'SIGN_IN_CANCELLED',
  close: undefined,
  // The complete step's "Assign licenses now" opens the subscription manager in that step (views.ts).
  manage: undefined,
} as const;

/** The machine event for what the person did in a step view (sign-in aside: it must run in the click). */
export function machineEvent(event: Event): FlowEvent | undefined {
  if (event instanceof SspEmailSubmitEvent) return { type: 'EMAIL_SUBMITTED', email: event.email };
  if (event instanceof SspSeatsSubmitEvent) {
    return { type: 'SEATS_SUBMITTED', choice: { quantity: event.quantity, planId: event.planId } };
  }
  if (event instanceof SspLicenseRequestEvent) return { type: 'LICENSE_REQUESTED', message: event.message };
  if (event instanceof SspNavigateEvent) {
    const type = NAVIGATION[event.action];
    return type && { type };
  }
  if (event.type === 'ssp-trial-start') return { type: 'TRIAL_REQUESTED' };
  if (event.type === 'ssp-pay') return { type: 'PAY_SUBMITTED' };
  return undefined;
}
