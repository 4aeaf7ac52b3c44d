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

/** The design tokens the payment form's appearance follows. */
const TOKENS = ['accent', 'text', 'danger', 'surface'].map((role) => `--ssp-color-${role}`);
TOKENS.push('--ssp-font-family', '--ssp-radius');

/** The tokens in force on an element (the flow, the subscription manager), for the payment form. */
export function paymentAppearance(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  return Object.fromEntries(TOKENS.map((name) => [name, style.getPropertyValue(name).trim()]));
}
