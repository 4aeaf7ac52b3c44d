/** @jsxImportSource preact */
// Type tests of the generated Preact JSX typings.
import type {} from 'ssp-widgets/types/preact';

export const ok = (
  <ssp-buy-button product="visio-plan-1" api-base="https://checkout.example.com" onssp-cancel={(event) => event.step} />
);
// @ts-expect-error: the event's fields are typed
export const wrongField = <ssp-purchase-flow onssp-error={(event) => event.nope} />;
