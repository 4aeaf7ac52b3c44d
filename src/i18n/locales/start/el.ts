import type { StartCatalog } from './en.js';

export const el = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Αγορά ${product}`,
  buyButtonLabelGeneric: 'Αγορά αδειών χρήσης',
  dialogClose: 'Κλείσιμο',
  loading: 'Φόρτωση…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Αυτό το κουμπί αγοράς δεν έχει ρυθμιστεί σωστά: το «${product}» δεν είναι προϊόν που μπορεί να αγοραστεί εδώ.`,
  configApiBase:
    'Αυτή η φόρμα αγοράς δεν έχει ρυθμιστεί σωστά: η διεύθυνση της υπηρεσίας πληρωμών λείπει ή δεν είναι ασφαλής (https).',
  configAuth: 'Αυτή η φόρμα αγοράς δεν έχει ρυθμιστεί σωστά: λείπουν οι ρυθμίσεις εισόδου.',
  configPayment: 'Αυτή η φόρμα αγοράς δεν έχει ρυθμιστεί σωστά: λείπουν οι ρυθμίσεις πληρωμής.',
  configClientReferenceId:
    'Αυτή η φόρμα αγοράς δεν έχει ρυθμιστεί σωστά: το αναγνωριστικό αναφοράς πελάτη δεν είναι έγκυρο (χρησιμοποιήστε έως 200 γράμματα, ψηφία, παύλες ή κάτω παύλες).',
  configTitle: 'Η αγορά δεν είναι διαθέσιμη',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Η υπηρεσία πληρωμών δεν είναι προσβάσιμη. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',

  // Email step
  emailTitle: (product: string) => `Αγορά ${product}`,
  emailIntro:
    'Πληκτρολογήστε το email εργασίας ή σχολείου σας. Θα ελέγξουμε αν ο οργανισμός σας σάς επιτρέπει να το αγοράσετε μόνοι σας.',
  emailLabel: 'Email εργασίας ή σχολείου',
  emailHint: 'Για παράδειγμα, name@company.com',
  emailSubmit: 'Συνέχεια',
  emailChecking: 'Έλεγχος…',
  emailErrorEmpty: 'Πληκτρολογήστε το email εργασίας ή σχολείου σας.',
  emailErrorFormat: 'Πληκτρολογήστε μια διεύθυνση email στη μορφή name@company.com.',
  emailErrorTooLong: 'Αυτή η διεύθυνση email είναι πολύ μεγάλη. Χρησιμοποιήστε έως 254 χαρακτήρες.',
  emailErrorHidden:
    'Αυτή η διεύθυνση email περιέχει κρυφούς χαρακτήρες (συνήθως από αντιγραφή και επικόλληση). Πληκτρολογήστε την ξανά.',
} satisfies StartCatalog;
