// Type tests of the generated React 19 JSX typings (`npm run check:types`, after the build): what
// a host writes compiles, what is wrong does not (each `@ts-expect-error` must find an error).
import type {} from 'ssp-widgets/types/react';
import type { SspPurchaseCompleteEvent } from 'ssp-widgets';

export const ok = (
  <ssp-buy-button
    product="visio-plan-1"
    api-base="https://checkout.example.com"
    apiScopes="api://x/y"
    getAccessToken={async () => 'token'}
    popupTimeout={30000}
    onssp-purchase-complete={(event: SspPurchaseCompleteEvent) => console.log(event.purchaseId, event.amount)}
    onssp-payment-failed={(event) => console.log(event.code, event.declineCode)}
  />
);
export const flow = <ssp-purchase-flow product="power-bi-pro" onssp-step-change={(event) => console.log(event.step)} />;

// @ts-expect-error: a number of licenses is no setting of the buy button
export const unknownProp = <ssp-buy-button quantity={3} />;
// @ts-expect-error: the event's fields are typed
export const wrongField = <ssp-buy-button onssp-purchase-complete={(event) => event.nope} />;
// @ts-expect-error: popupTimeout is a number
export const wrongType = <ssp-purchase-flow popupTimeout="soon" />;
