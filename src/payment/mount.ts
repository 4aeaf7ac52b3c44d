/**
 * The light-DOM node Stripe's Payment Element mounts in. Stripe refuses shadow roots, so the
 * outermost SDK element in the page (the flow, or the buy button hosting it) creates this node as
 * its own child, once, and slots it down to the card step: re-creating it would clear the form.
 */
export function createPaymentMount(parent: Element): HTMLElement {
  const node = document.createElement('div');
  node.slot = 'payment';
  node.className = 'ssp-payment-mount';
  parent.append(node);
  return node;
}
