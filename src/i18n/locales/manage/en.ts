/**
 * English messages of the subscription manager (the purchaser's limited view), loaded only when a
 * manager is on the page. The type of this object *is* that part of the catalog: every other locale
 * `satisfies` it. Amounts and dates arrive already formatted.
 */
export const en = {
  manageTitle: 'Your subscriptions',
  manageLoading: 'Loading your subscriptions…',
  manageEmpty: 'You haven’t bought any subscriptions yourself.',
  manageEmptyProduct: (product: string) => `You haven’t bought ${product} yourself.`,
  manageSignInTitle: 'Sign in to manage your subscriptions',
  manageSignInIntro: 'Sign in with your work or school account to see and manage what you bought.',
  manageOpen: 'Manage',
  manageOpenLabel: (product: string) => `Manage ${product}`,
  manageBack: 'All subscriptions',
  manageNotice: 'Done',

  statusActive: 'Active',
  statusTrialing: 'Free trial',
  statusPastDue: 'Payment overdue',
  statusCanceled: 'Canceled',
  statusExpired: 'Expired',
  renewsOn: (date: string) => `Renews on ${date}`,
  endsOn: (date: string) => `Ends on ${date}`,
  endedOn: (date: string) => `Ended on ${date}`,
  trialEndsOn: (date: string) => `Free trial until ${date}`,
  assignedOf: (assigned: number, quantity: number) => `${assigned} of ${quantity} licenses assigned`,
  pastDueHint: 'An invoice is overdue. Pay it below so the licenses keep working.',

  // Licenses
  licensesTitle: 'Who has a license',
  licensesFree: (free: number) => (free === 1 ? '1 license is free.' : `${free} licenses are free.`),
  licensesNone: 'Nobody has a license yet.',
  unassign: 'Remove',
  unassignLabel: (name: string) => `Remove the license from ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Remove the license from ${name}? They lose access to ${product} at once.`,
  unassignYes: 'Remove license',
  keep: 'Keep',
  unassigned: (name: string) => `The license was removed from ${name}.`,
  searchLabel: 'Find people in your organization',
  searchHint: 'Type a name or an email. You can assign up to 20 people at a time.',
  searchTooLong: (max: number) => `Type at most ${max} characters.`,
  searchNone: (search: string) => `No one in your organization matches “${search}”.`,
  searching: 'Searching…',
  resultsLabel: 'People found',
  hasLicense: 'Has a license',
  guestNotAssignable: 'Guest account: can’t get a license',
  selectedCount: (count: number) => (count === 1 ? '1 person selected' : `${count} people selected`),
  tooManySelected: (max: number) => `You can assign up to ${max} people at a time.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Only 1 license is free. Pick fewer people, or add licenses first.'
      : `Only ${free} licenses are free. Pick fewer people, or add licenses first.`,
  assignSubmit: (count: number) => (count === 1 ? 'Assign 1 license' : `Assign ${count} licenses`),
  assigning: 'Assigning…',
  assignedNotice: (count: number) =>
    count === 1 ? '1 person now has a license.' : `${count} people now have a license.`,
  assignFailedAlready: (name: string) => `${name} already has a license.`,
  assignFailedOtherTenant: (name: string) => `${name} isn’t in your organization, so they can’t get a license.`,
  assignFailedGuest: (name: string) => `${name} has a guest account, so they can’t get a license.`,
  unassignFailed: (name: string) => `${name} has no license to remove.`,

  // Number of licenses
  quantityTitle: 'Number of licenses',
  quantityLabel: 'Total number of licenses',
  quantityHint: (min: number, max: number) =>
    `From ${min} to ${max}. Added licenses are charged now; removed ones go at the renewal.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 license is assigned. Remove licenses from people before you go below that.'
      : `${assigned} licenses are assigned. Remove licenses from people before you go below that.`,
  quantitySame: 'That is the number you have. Enter another number.',
  quantityPreview: 'Review the change',
  quantityPreviewing: 'Calculating…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `Adding 1 license costs ${amount} now, for the rest of this period.`
      : `Adding ${added} licenses costs ${amount} now, for the rest of this period.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 license will be removed on ${date}. Nothing is charged or refunded now.`
      : `${removed} licenses will be removed on ${date}. Nothing is charged or refunded now.`,
  previewRecurring: (amount: string) => `From then on, each renewal costs ${amount}.`,
  quantityConfirm: 'Confirm',
  quantityChanging: 'Saving…',
  quantityAdded: (quantity: number, amount: string) =>
    `You now have ${quantity === 1 ? '1 license' : `${quantity} licenses`}. ${amount} was charged to your card.`,
  quantityScheduled: (quantity: number, date: string) =>
    `You’ll have ${quantity === 1 ? '1 license' : `${quantity} licenses`} from ${date}.`,

  // Cancel
  cancelTitle: 'Cancel the subscription',
  cancelExplain: (date: string) =>
    `It stops renewing. The licenses keep working until ${date}; then everyone who has one loses access.`,
  cancelSubmit: 'Cancel the subscription',
  cancelConfirm: 'Yes, cancel it',
  cancelKeep: 'Keep the subscription',
  canceledNotice: (date: string) => `Canceled. The licenses work until ${date}.`,
  reactivate: 'Undo the cancellation',
  reactivatedNotice: (date: string) => `The subscription renews again on ${date}.`,

  // Billing
  billingTitle: 'Billing',
  cardLabel: 'Card',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} ending in ${last4}, expires ${expiry}`,
  cardNone: 'No card is saved.',
  cardUpdate: 'Update card',
  cardSave: 'Save card',
  cardSaving: 'Saving…',
  cardCancel: 'Cancel',
  cardUpdated: (card: string) => `Your card was updated: ${card}.`,
  invoicesTitle: 'Invoices',
  invoicesNone: 'No invoices yet.',
  invoiceNumber: 'Invoice',
  invoiceDate: 'Date',
  invoiceAmount: 'Amount',
  invoiceStatus: 'Status',
  invoicePaid: 'Paid',
  invoiceOpen: 'Open',
  invoicePastDue: 'Overdue',
  invoiceVoid: 'Void',
  invoicePay: 'Pay',
  invoicePayLabel: (number: string, amount: string) => `Pay invoice ${number} (${amount})`,
  invoicePaying: 'Paying…',
  invoicePdf: (number: string) => `Invoice ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Invoice ${number} is paid: ${amount}.`,

  // Order history
  historyTitle: 'Order history',
  historyChange: 'Change',
  historyLicenses: 'Licenses',
  orderPurchase: 'Bought',
  orderAdded: (count: number) => (count === 1 ? '1 license added' : `${count} licenses added`),
  orderRemoved: (count: number) => (count === 1 ? '1 license removed' : `${count} licenses removed`),
  orderRenewal: 'Renewed',
  orderCanceled: 'Canceled',
  orderReactivated: 'Cancellation undone',

  // Errors
  errorNotPurchaser: 'Only the person who bought this subscription can manage it. Ask them or your IT admin.',
  errorSubscriptionNotFound: 'We couldn’t find this subscription in your organization.',
  errorSubscriptionCanceled: 'This subscription is canceled. Undo the cancellation first.',
  errorSubscriptionExpired: 'This subscription has ended.',
  errorInvalidSearch: 'Search with a name or an email, without < or >.',
  errorDuplicateUser: 'The same person was picked twice. Pick each person once.',
  errorInvoicePaid: 'This invoice is already paid (maybe in another window). Nothing more was charged.',
  errorInvoiceNotPayable: 'This invoice can’t be paid here.',
  errorNoCard: 'No card is saved. Add a card first.',
};

export type ManageCatalog = typeof en;
