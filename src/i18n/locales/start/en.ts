/**
 * English messages the first screen needs: the buy button, the dialog, configuration errors and
 * the email step. They load before the rest (see ../flow/en.ts) so a click shows a usable step
 * sooner. The type of this object *is* that part of the catalog: every other locale `satisfies`
 * it, and hosts may override any key through the element's `messages` property.
 */
export const en = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Buy ${product}`,
  buyButtonLabelGeneric: 'Buy licenses',
  dialogClose: 'Close',
  loading: 'Loading…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `This purchase button is not set up correctly: “${product}” is not a product that can be bought here.`,
  configApiBase:
    'This purchase form is not set up correctly: the checkout service address is missing or not secure (https).',
  configAuth: 'This purchase form is not set up correctly: sign-in settings are missing.',
  configPayment: 'This purchase form is not set up correctly: payment settings are missing.',
  configClientReferenceId:
    'This purchase form is not set up correctly: the client reference ID is not valid (use up to 200 letters, digits, hyphens or underscores).',
  configTitle: 'Purchase is not available',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'We couldn’t reach the checkout service. Check your connection and try again.',

  // Email step
  emailTitle: (product: string) => `Buy ${product}`,
  emailIntro: 'Enter your work or school email. We’ll check whether your organization lets you buy it yourself.',
  emailLabel: 'Work or school email',
  emailHint: 'For example, name@company.com',
  emailSubmit: 'Continue',
  emailChecking: 'Checking…',
  emailErrorEmpty: 'Enter your work or school email.',
  emailErrorFormat: 'Enter an email address in the form name@company.com.',
  emailErrorTooLong: 'That email address is too long. Use at most 254 characters.',
  emailErrorHidden:
    'That email address has hidden characters in it (often from copying and pasting). Type it in again.',
};

export type StartCatalog = typeof en;
