/**
 * The light-DOM node Stripe's Payment Element mounts in. Stripe refuses shadow roots, so the
 * outermost SDK element in the page (the flow, or the buy button hosting it) creates this node as
 * its own child, once, and slots it down to the card step: re-creating it would clear the form.
 */
/**
 * Fired on the mount node when Escape is pressed inside the payment form's iframe (the key never
 * reaches the page from there): whoever owns the node treats it as Escape (the buy button closes).
 */
export const PAYMENT_ESCAPE = 'ssp-payment-escape';

export function createPaymentMount(parent: Element): HTMLElement {
  const node = document.createElement('div');
  node.slot = 'payment';
  node.className = 'ssp-payment-mount';
  parent.append(node);
  return node;
}
