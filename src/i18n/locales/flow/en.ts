/**
 * English messages for every step after the email step, loaded while the email step is shown.
 * The type of this object *is* that part of the catalog: every other locale `satisfies` it.
 * Functions take what the sentence needs; amounts and dates arrive already formatted.
 */
export const en = {
  // Sign-in step
  signInTitle: 'Sign in to continue',
  signInIntro: (email: string, organization: string) =>
    `Sign in as ${email} with your ${organization} account. A Microsoft sign-in window opens.`,
  signInButton: 'Sign in',
  signInPreparing: 'Preparing sign-in…',
  signInBusy: 'Signing in…',
  signInRedirecting: 'Your browser blocked the sign-in window, so we’re taking you to the sign-in page instead…',
  signInCancel: 'Cancel',
  signInReopen: 'Open the sign-in window again',
  signInStalled: 'Still waiting for sign-in. If you closed the sign-in window, open it again or cancel.',
  useDifferentEmail: 'Use a different email',

  // Checking
  checkingTitle: 'Checking what you can buy…',

  // Seat step
  seatsTitle: 'How many licenses?',
  seatsTitleAdd: 'Add licenses',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `You already have 1 license of ${product}.` : `You already have ${count} licenses of ${product}.`,
  seatsLabel: 'Number of licenses',
  seatsHint: (min: number, max: number) => `From ${min} to ${max}. Assign them to colleagues afterwards.`,
  seatsDecrease: 'One license fewer',
  seatsIncrease: 'One license more',
  planLegend: 'Billing',
  planMonthly: (price: string) => `Monthly: ${price} per license per month`,
  planYearly: (price: string) => `Yearly: ${price} per license per year`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} per month`,
  totalYearly: (amount: string) => `${amount} per year`,
  taxExclusive: 'Plus applicable tax.',
  taxInclusive: 'Tax included.',
  disclosuresTitle: 'Before you pay',
  disclosureBilledToYou:
    'You pay with your own credit card. You, not your organization, are billed and responsible for payment under the purchase terms.',
  disclosureRenews: 'The subscription renews automatically until you cancel it.',
  disclosurePrices: 'Prices may differ from what your organization pays when it buys centrally or through a partner.',
  disclosureAdminSees:
    'Your IT admin can see this purchase. An admin may assign centrally bought licenses to the people who use it, then ask you to cancel it.',
  disclosureDataOwner: (product: string) => `Your organization owns and controls the data created in ${product}.`,
  disclosureData:
    'To process the purchase, your name, email address, IP address, and your organization’s tenant and user IDs are used.',
  seatsSubmit: 'Continue to payment',
  seatsSubmitting: 'Preparing payment…',
  seatsErrorEmpty: 'Enter the number of licenses.',
  seatsErrorWhole: 'Enter a whole number, like 3.',
  seatsErrorMin: (min: number) => `Buy at least ${min}.`,
  seatsErrorMax: (max: number) => `You can buy at most ${max} here.`,

  // Trial
  trialTitle: (product: string) => `Try ${product} for free`,
  trialIntro: (days: number) =>
    `Your organization allows free trials. Start a ${days}-day trial; no credit card is needed.`,
  trialSubmit: 'Start free trial',
  trialStarting: 'Starting your trial…',

  // Payment step
  paymentTitle: 'Pay by card',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 license of ${product}: ${amount}` : `${count} licenses of ${product}: ${amount}`,
  paymentCardOnly: 'Credit card is the only payment method.',
  paymentLoading: 'Loading the secure payment form…',
  paymentSubmit: (amount: string) => `Pay ${amount}`,
  paymentPaying: 'Paying…',
  paymentBack: 'Change licenses',
  paymentNotTwice: 'You will not be charged twice.',

  // Processing
  processingTitle: 'Confirming your payment…',
  processingSlow:
    'Still checking the payment status. This can take a minute. You will not be charged twice, and you can close this window and come back.',

  // Complete
  completeTitle: 'You’re all set',
  completeTrialTitle: 'Your trial has started',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `You bought 1 license of ${product} for ${amount}.`
      : `You bought ${count} licenses of ${product} for ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `You added 1 license of ${product} for ${amount}.`
      : `You added ${count} licenses of ${product} for ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `${product} is yours to try until ${date}.`,
  completeStart: (product: string) => `Start using ${product}`,
  completeAdmin: 'Assign licenses in the admin center',
  completeManage: 'Assign licenses now',
  completeReceipt: 'A receipt is on its way to your work email.',
  completeRenews:
    'The subscription renews automatically until you cancel it. You can assign licenses, add or remove licenses, update your card or cancel at any time.',
  completeTrialEnds: (product: string, date: string) =>
    `When the trial ends on ${date}, ${product} stops working unless you buy it. Nothing is charged.`,
  completeTerms: 'Purchase terms',
  completeSupport: 'Standard support from Microsoft',
  completeTraining: (product: string) => `${product} training`,
  completeAdminHint:
    'In the Microsoft 365 admin center you can assign licenses to people in your organization (up to 20 at a time), buy more, cancel, update your card and see invoices.',

  // Ineligible
  ineligibleTitle: 'You can’t buy this yourself',
  reasonPersonalEmail: 'Use your work or school email. Personal email addresses can’t buy for an organization.',
  reasonNoTenant: 'We couldn’t find an organization that uses this email’s domain with Microsoft.',
  reasonUnmanagedTenant:
    'Your organization’s Microsoft Entra tenant has no administrator yet. An admin must take over the tenant before anyone can buy.',
  reasonGovernmentTenant: 'Self-service purchase isn’t available for government organizations.',
  reasonEducationTenant: 'Self-service purchase isn’t available for education organizations.',
  reasonGuestUser: 'You’re signed in as a guest in this organization. Only its own members can buy.',
  reasonMarketUnavailable: (product: string) =>
    `${product} can’t be bought through self-service in your organization’s country or region.`,
  reasonDisabledByAdmin: (product: string) => `Your IT admin has turned off self-service purchase of ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Your IT admin allows only free trials without a payment method, and ${product} has none.`,
  ineligibleContact: 'Contact your IT admin to get it.',
  ineligibleAdminMessage: (organization: string) => `A message from ${organization}:`,
  ineligibleAdminLink: 'Open your organization’s request page',
  licenseRequestLabel: 'Message to your admin (optional)',
  licenseRequestSubmit: 'Ask my admin for a license',
  licenseRequestSending: 'Sending…',
  licenseRequestSent: 'Your request was sent to your admin.',

  // Errors
  errorTitle: 'Something went wrong',
  retry: 'Try again',
  startOver: 'Start over',
  errorOffline: 'You’re offline. Check your connection and try again.',
  errorTimeout: 'The checkout service took too long to answer. Try again.',
  errorRateLimited: (seconds: number) =>
    seconds === 1 ? 'Too many attempts. Try again in 1 second.' : `Too many attempts. Try again in ${seconds} seconds.`,
  errorServer: 'Something went wrong on our side. Try again.',
  errorUnavailable: 'The checkout service is unavailable right now. Try again in a moment.',
  errorBadResponse: 'We got an answer we didn’t understand. Try again.',
  errorSession: 'Your sign-in has expired. Sign in again.',
  errorQuantity: 'That number of licenses can’t be bought. Change it and try again.',
  errorNotEligible: 'Your account can’t buy this product.',
  errorUnknown: 'Something went wrong. Try again.',
  errorPopupBlocked: 'Your browser blocked the sign-in window. Allow pop-ups for this page, or try again.',
  errorSignInCancelled: 'Sign-in was cancelled. Sign in to continue.',
  errorSignInBusy: 'Another sign-in is already open on this page. Finish or close it, then try again.',
  errorSignInFailed: 'Sign-in didn’t work. Try again.',
  errorAccountMismatch:
    'You signed in with a different account than the email you entered. Sign in with that email, or use a different one.',
  errorCardDeclined: 'Your card was declined. Try another card, or contact your bank.',
  errorInsufficientFunds: 'Your card has insufficient funds. Try another card.',
  errorExpiredCard: 'Your card has expired. Check the expiry date, or use another card.',
  errorIncorrectCvc: 'The security code is incorrect. Check the code on the back of your card.',
  errorAuthenticationFailed: 'Your bank couldn’t verify the payment. Try again, or use another card.',
  errorProcessing: 'Your card couldn’t be processed. Try again in a moment.',
  errorIncomplete: 'Complete your card details.',
  errorPaymentLoad: 'The secure payment form couldn’t be loaded. Check your connection and try again.',
  errorPaymentExpired: 'The payment expired before it was completed. Start over; you have not been charged.',
  errorPaymentFailed: 'The payment didn’t go through, and you have not been charged. Start over to try again.',
};

export type FlowCatalog = typeof en;
