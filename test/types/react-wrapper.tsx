// Type tests of `ssp-widgets/react` (the @lit/react components).
import { SspBuyButton, SspPurchaseFlow, SspPurchasePolicy, SspSubscriptionManager } from 'ssp-widgets/react';

export const ok = (
  <SspBuyButton
    product="visio-plan-1"
    apiBase="https://checkout.example.com"
    onPurchaseComplete={(event) => console.log(event.purchaseId, event.quantity)}
    onPaymentFailed={(event) => console.log(event.code, event.recoverable)}
    onCancel={(event) => console.log(event.step)}
  />
);
export const flow = <SspPurchaseFlow product="power-bi-pro" onStepChange={(event) => console.log(event.step)} />;

// @ts-expect-error: events are on… props of their own names
export const wrongEvent = <SspBuyButton onPurchaseCompleted={() => undefined} />;
// @ts-expect-error: the event's fields are typed
export const wrongField = <SspPurchaseFlow onError={(event) => event.nope} />;
export const manager = (
  <SspSubscriptionManager
    product="power-bi-pro"
    apiBase="https://checkout.example.com"
    onLicensesAssigned={(event) => console.log(event.userIds.length, event.assignedCount)}
    onSubscriptionUpdated={(event) => console.log(event.change, event.quantity)}
  />
);
// @ts-expect-error: the manager's events are typed too
export const wrongManagerField = <SspSubscriptionManager onInvoicePaid={(event) => event.total} />;
export const policy = (
  <SspPurchasePolicy tenant="contoso" onPolicyChanged={(event) => console.log(event.productId, event.setting)} />
);
