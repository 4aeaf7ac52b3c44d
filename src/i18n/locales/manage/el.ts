import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

export const el = {
  manageTitle: 'Οι συνδρομές σας',
  manageLoading: 'Φόρτωση των συνδρομών σας…',
  manageEmpty: 'Δεν έχετε αγοράσει καμία συνδρομή μόνοι σας.',
  manageEmptyProduct: (product: string) => `Δεν έχετε αγοράσει το ${product} μόνοι σας.`,
  manageSignInTitle: 'Εισέλθετε για να διαχειριστείτε τις συνδρομές σας',
  manageSignInIntro:
    'Εισέλθετε με τον λογαριασμό εργασίας ή σχολείου σας για να δείτε και να διαχειριστείτε όσα αγοράσατε.',
  manageOpen: 'Διαχείριση',
  manageOpenLabel: (product: string) => `Διαχείριση του ${product}`,
  manageBack: 'Όλες οι συνδρομές',
  manageNotice: 'Ολοκληρώθηκε',

  statusActive: 'Ενεργή',
  statusTrialing: 'Δωρεάν δοκιμή',
  statusPastDue: 'Ληξιπρόθεσμη πληρωμή',
  statusCanceled: 'Ακυρώθηκε',
  statusExpired: 'Έληξε',
  renewsOn: (date: string) => `Ανανεώνεται στις ${date}`,
  endsOn: (date: string) => `Λήγει στις ${date}`,
  endedOn: (date: string) => `Έληξε στις ${date}`,
  trialEndsOn: (date: string) => `Δωρεάν δοκιμή έως ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Εκχωρήθηκαν ${assigned} από ${quantity} άδειες χρήσης`,
  pastDueHint:
    'Ένα τιμολόγιο είναι ληξιπρόθεσμο. Πληρώστε το παρακάτω για να συνεχίσουν να λειτουργούν οι άδειες χρήσης.',

  // Licenses
  licensesTitle: 'Ποιος έχει άδεια χρήσης',
  licensesFree: (free: number) =>
    plural('el', free, {
      one: '1 άδεια χρήσης είναι διαθέσιμη.',
      other: `${free} άδειες χρήσης είναι διαθέσιμες.`,
    }),
  licensesNone: 'Κανείς δεν έχει ακόμη άδεια χρήσης.',
  unassign: 'Κατάργηση',
  unassignLabel: (name: string) => `Κατάργηση της άδειας χρήσης από ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Κατάργηση της άδειας χρήσης από ${name}; Η πρόσβαση στο ${product} χάνεται αμέσως.`,
  unassignYes: 'Κατάργηση άδειας χρήσης',
  keep: 'Διατήρηση',
  unassigned: (name: string) => `Η άδεια χρήσης καταργήθηκε από ${name}.`,
  searchLabel: 'Εύρεση ατόμων στον οργανισμό σας',
  searchHint: 'Πληκτρολογήστε ένα όνομα ή ένα email. Μπορείτε να εκχωρήσετε άδειες σε έως 20 άτομα κάθε φορά.',
  searchTooLong: (max: number) => `Πληκτρολογήστε έως ${max} χαρακτήρες.`,
  searchNone: (search: string) => `Κανείς στον οργανισμό σας δεν αντιστοιχεί σε «${search}».`,
  searching: 'Αναζήτηση…',
  resultsLabel: 'Άτομα που βρέθηκαν',
  hasLicense: 'Έχει άδεια χρήσης',
  guestNotAssignable: 'Λογαριασμός επισκέπτη: δεν μπορεί να λάβει άδεια χρήσης',
  selectedCount: (count: number) =>
    plural('el', count, { one: 'Επιλέχθηκε 1 άτομο', other: `Επιλέχθηκαν ${count} άτομα` }),
  tooManySelected: (max: number) => `Μπορείτε να εκχωρήσετε άδειες σε έως ${max} άτομα κάθε φορά.`,
  notEnoughFree: (free: number) =>
    plural('el', free, {
      one: 'Μόνο 1 άδεια χρήσης είναι διαθέσιμη.',
      other: `Μόνο ${free} άδειες χρήσης είναι διαθέσιμες.`,
    }) + ' Επιλέξτε λιγότερα άτομα ή προσθέστε πρώτα άδειες χρήσης.',
  assignSubmit: (count: number) =>
    plural('el', count, { one: 'Εκχώρηση 1 άδειας χρήσης', other: `Εκχώρηση ${count} αδειών χρήσης` }),
  assigning: 'Εκχώρηση…',
  assignedNotice: (count: number) =>
    plural('el', count, {
      one: '1 άτομο έχει πλέον άδεια χρήσης.',
      other: `${count} άτομα έχουν πλέον άδεια χρήσης.`,
    }),
  assignFailedAlready: (name: string) => `Ο χρήστης ${name} έχει ήδη άδεια χρήσης.`,
  assignFailedOtherTenant: (name: string) =>
    `Ο χρήστης ${name} δεν ανήκει στον οργανισμό σας, επομένως δεν μπορεί να λάβει άδεια χρήσης.`,
  assignFailedGuest: (name: string) =>
    `Ο χρήστης ${name} έχει λογαριασμό επισκέπτη, επομένως δεν μπορεί να λάβει άδεια χρήσης.`,
  unassignFailed: (name: string) => `Ο χρήστης ${name} δεν έχει άδεια χρήσης για κατάργηση.`,

  // Number of licenses
  quantityTitle: 'Αριθμός αδειών χρήσης',
  quantityLabel: 'Συνολικός αριθμός αδειών χρήσης',
  quantityHint: (min: number, max: number) =>
    `Από ${min} έως ${max}. Όσες άδειες χρήσης προστίθενται χρεώνονται τώρα· όσες καταργούνται αφαιρούνται κατά την ανανέωση.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('el', assigned, {
      one: '1 άδεια χρήσης είναι εκχωρημένη.',
      other: `${assigned} άδειες χρήσης είναι εκχωρημένες.`,
    }) + ' Καταργήστε άδειες χρήσης από άτομα πριν κατεβείτε κάτω από αυτόν τον αριθμό.',
  quantitySame: 'Αυτός είναι ο αριθμός που έχετε. Πληκτρολογήστε άλλον αριθμό.',
  quantityPreview: 'Προεπισκόπηση της αλλαγής',
  quantityPreviewing: 'Υπολογισμός…',
  previewIncrease: (added: number, amount: string) =>
    plural('el', added, {
      one: `Η προσθήκη 1 άδειας χρήσης κοστίζει ${amount} τώρα, για το υπόλοιπο αυτής της περιόδου.`,
      other: `Η προσθήκη ${added} αδειών χρήσης κοστίζει ${amount} τώρα, για το υπόλοιπο αυτής της περιόδου.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('el', removed, {
      one: `1 άδεια χρήσης θα καταργηθεί στις ${date}.`,
      other: `${removed} άδειες χρήσης θα καταργηθούν στις ${date}.`,
    }) + ' Δεν γίνεται χρέωση ή επιστροφή χρημάτων τώρα.',
  previewRecurring: (amount: string) => `Από τότε και στο εξής, κάθε ανανέωση κοστίζει ${amount}.`,
  quantityConfirm: 'Επιβεβαίωση',
  quantityChanging: 'Αποθήκευση…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('el', quantity, {
      one: 'Έχετε πλέον 1 άδεια χρήσης.',
      other: `Έχετε πλέον ${quantity} άδειες χρήσης.`,
    }) + ` Η κάρτα σας χρεώθηκε με ${amount}.`,
  quantityScheduled: (quantity: number, date: string) =>
    plural('el', quantity, {
      one: `Θα έχετε 1 άδεια χρήσης από ${date}.`,
      other: `Θα έχετε ${quantity} άδειες χρήσης από ${date}.`,
    }),

  // Cancel
  cancelTitle: 'Ακύρωση της συνδρομής',
  cancelExplain: (date: string) =>
    `Η συνδρομή δεν θα ανανεωθεί. Οι άδειες χρήσης λειτουργούν έως ${date}· μετά, όποιος έχει άδεια χάνει την πρόσβαση.`,
  cancelSubmit: 'Ακύρωση της συνδρομής',
  cancelConfirm: 'Ναι, ακύρωση',
  cancelKeep: 'Διατήρηση της συνδρομής',
  canceledNotice: (date: string) => `Ακυρώθηκε. Οι άδειες χρήσης λειτουργούν έως ${date}.`,
  reactivate: 'Αναίρεση της ακύρωσης',
  reactivatedNotice: (date: string) => `Η συνδρομή θα ανανεωθεί ξανά στις ${date}.`,

  // Billing
  billingTitle: 'Χρέωση',
  cardLabel: 'Κάρτα',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} με κατάληξη ${last4}, λήγει ${expiry}`,
  cardNone: 'Δεν υπάρχει αποθηκευμένη κάρτα.',
  cardUpdate: 'Ενημέρωση κάρτας',
  cardSave: 'Αποθήκευση κάρτας',
  cardSaving: 'Αποθήκευση…',
  cardCancel: 'Άκυρο',
  cardUpdated: (card: string) => `Η κάρτα σας ενημερώθηκε: ${card}.`,
  invoicesTitle: 'Τιμολόγια',
  invoicesNone: 'Δεν υπάρχουν ακόμη τιμολόγια.',
  invoiceNumber: 'Τιμολόγιο',
  invoiceDate: 'Ημερομηνία',
  invoiceAmount: 'Ποσό',
  invoiceStatus: 'Κατάσταση',
  invoicePaid: 'Εξοφλημένο',
  invoiceOpen: 'Ανοιχτό',
  invoicePastDue: 'Ληξιπρόθεσμο',
  invoiceVoid: 'Ακυρωμένο',
  invoicePay: 'Πληρωμή',
  invoicePayLabel: (number: string, amount: string) => `Πληρωμή τιμολογίου ${number} (${amount})`,
  invoicePaying: 'Πληρωμή σε εξέλιξη…',
  invoicePdf: (number: string) => `Τιμολόγιο ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Το τιμολόγιο ${number} εξοφλήθηκε: ${amount}.`,

  // Order history
  historyTitle: 'Ιστορικό παραγγελιών',
  historyChange: 'Αλλαγή',
  historyLicenses: 'Άδειες χρήσης',
  orderPurchase: 'Αγορά',
  orderAdded: (count: number) =>
    plural('el', count, { one: 'Προστέθηκε 1 άδεια χρήσης', other: `Προστέθηκαν ${count} άδειες χρήσης` }),
  orderRemoved: (count: number) =>
    plural('el', count, { one: 'Καταργήθηκε 1 άδεια χρήσης', other: `Καταργήθηκαν ${count} άδειες χρήσης` }),
  orderRenewal: 'Ανανέωση',
  orderCanceled: 'Ακύρωση',
  orderReactivated: 'Αναίρεση ακύρωσης',

  // Errors
  errorNotPurchaser:
    'Μόνο το άτομο που αγόρασε αυτή τη συνδρομή μπορεί να τη διαχειριστεί. Απευθυνθείτε σε αυτό ή στον διαχειριστή IT σας.',
  errorSubscriptionNotFound: 'Δεν βρέθηκε αυτή η συνδρομή στον οργανισμό σας.',
  errorSubscriptionCanceled: 'Αυτή η συνδρομή έχει ακυρωθεί. Αναιρέστε πρώτα την ακύρωση.',
  errorSubscriptionExpired: 'Αυτή η συνδρομή έχει λήξει.',
  errorInvalidSearch: 'Αναζητήστε με όνομα ή email, χωρίς < ή >.',
  errorDuplicateUser: 'Το ίδιο άτομο επιλέχθηκε δύο φορές. Επιλέξτε κάθε άτομο μία φορά.',
  errorInvoicePaid: 'Αυτό το τιμολόγιο έχει ήδη εξοφληθεί (ίσως σε άλλο παράθυρο). Δεν έγινε καμία επιπλέον χρέωση.',
  errorInvoiceNotPayable: 'Αυτό το τιμολόγιο δεν μπορεί να πληρωθεί εδώ.',
  errorNoCard: 'Δεν υπάρχει αποθηκευμένη κάρτα. Προσθέστε πρώτα μια κάρτα.',
} satisfies ManageCatalog;
