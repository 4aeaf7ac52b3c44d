/**
 * The design tokens a payment form's appearance follows, read where it mounts (the flow, the
 * subscription manager), so host theming reaches into Stripe's iframe.
 */
const TOKENS = ['accent', 'text', 'danger', 'surface'].map((role) => `--ssp-color-${role}`);
TOKENS.push('--ssp-font-family', '--ssp-radius');

/** The tokens in force on an element (the flow, the subscription manager), for the payment form. */
export function paymentAppearance(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  return Object.fromEntries(TOKENS.map((name) => [name, style.getPropertyValue(name).trim()]));
}
