import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

export const el = {
  // Sign-in step
  signInTitle: 'Εισέλθετε για να συνεχίσετε',
  signInIntro: (email: string, organization: string) =>
    `Εισέλθετε ως ${email} με τον λογαριασμό ${organization} σας. Θα ανοίξει ένα παράθυρο εισόδου της Microsoft.`,
  signInButton: 'Είσοδος',
  signInPreparing: 'Προετοιμασία εισόδου…',
  signInBusy: 'Γίνεται είσοδος…',
  signInRedirecting: 'Το πρόγραμμα περιήγησης μπλόκαρε το παράθυρο εισόδου· σας μεταφέρουμε στη σελίδα εισόδου…',
  signInCancel: 'Άκυρο',
  signInReopen: 'Ανοίξτε ξανά το παράθυρο εισόδου',
  signInStalled: 'Αναμένεται ακόμη η είσοδος. Αν κλείσατε το παράθυρο εισόδου, ανοίξτε το ξανά ή ακυρώστε.',
  useDifferentEmail: 'Χρήση άλλου email',

  // Checking
  checkingTitle: 'Ελέγχουμε τι μπορείτε να αγοράσετε…',

  // Seat step
  seatsTitle: 'Πόσες άδειες χρήσης;',
  seatsTitleAdd: 'Προσθήκη αδειών χρήσης',
  seatsExisting: (count: number, product: string) =>
    plural('el', count, {
      one: `Έχετε ήδη 1 άδεια χρήσης για το ${product}.`,
      other: `Έχετε ήδη ${count} άδειες χρήσης για το ${product}.`,
    }),
  seatsLabel: 'Αριθμός αδειών χρήσης',
  seatsHint: (min: number, max: number) => `Από ${min} έως ${max}. Στη συνέχεια, εκχωρήστε τις σε συναδέλφους.`,
  seatsDecrease: 'Μία άδεια λιγότερη',
  seatsIncrease: 'Μία άδεια περισσότερη',
  planLegend: 'Συχνότητα χρέωσης',
  planMonthly: (price: string) => `Μηνιαία: ${price} ανά άδεια τον μήνα`,
  planYearly: (price: string) => `Ετήσια: ${price} ανά άδεια τον χρόνο`,
  totalLabel: 'Σύνολο',
  totalMonthly: (amount: string) => `${amount} τον μήνα`,
  totalYearly: (amount: string) => `${amount} τον χρόνο`,
  taxExclusive: 'Πλέον των ισχυόντων φόρων.',
  taxInclusive: 'Συμπεριλαμβάνονται οι φόροι.',
  disclosuresTitle: 'Πριν πληρώσετε',
  disclosureBilledToYou:
    'Πληρώνετε με τη δική σας πιστωτική κάρτα. Χρεώνεστε εσείς, όχι ο οργανισμός σας, και ευθύνεστε για την πληρωμή βάσει των όρων αγοράς.',
  disclosureRenews: 'Η συνδρομή ανανεώνεται αυτόματα μέχρι να την ακυρώσετε.',
  disclosurePrices:
    'Οι τιμές μπορεί να διαφέρουν από όσα πληρώνει ο οργανισμός σας όταν αγοράζει κεντρικά ή μέσω συνεργάτη.',
  disclosureAdminSees:
    'Ο διαχειριστής IT σας βλέπει αυτή την αγορά. Ένας διαχειριστής μπορεί να εκχωρήσει κεντρικά αγορασμένες άδειες στους χρήστες του προϊόντος και να σας ζητήσει να ακυρώσετε τη συνδρομή.',
  disclosureDataOwner: (product: string) =>
    `Ο οργανισμός σας κατέχει και ελέγχει τα δεδομένα που δημιουργούνται στο ${product}.`,
  disclosureData:
    'Για την επεξεργασία της αγοράς χρησιμοποιούνται το όνομά σας, η διεύθυνση email, η διεύθυνση IP και τα αναγνωριστικά μισθωτή και χρήστη του οργανισμού σας.',
  seatsSubmit: 'Συνέχεια στην πληρωμή',
  seatsSubmitting: 'Προετοιμασία πληρωμής…',
  seatsErrorEmpty: 'Πληκτρολογήστε τον αριθμό των αδειών χρήσης.',
  seatsErrorWhole: 'Πληκτρολογήστε έναν ακέραιο αριθμό, π.χ. 3.',
  seatsErrorMin: (min: number) => `Αγοράστε τουλάχιστον ${min}.`,
  seatsErrorMax: (max: number) => `Μπορείτε να αγοράσετε έως ${max} εδώ.`,

  // Trial
  trialTitle: (product: string) => `Δοκιμάστε το ${product} δωρεάν`,
  trialIntro: (days: number) =>
    `Ο οργανισμός σας επιτρέπει δωρεάν δοκιμές. Ξεκινήστε μια δοκιμή ${days} ημερών· δεν χρειάζεται πιστωτική κάρτα.`,
  trialSubmit: 'Έναρξη δωρεάν δοκιμής',
  trialStarting: 'Έναρξη της δοκιμής σας…',

  // Payment step
  paymentTitle: 'Πληρωμή με κάρτα',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('el', count, {
      one: `1 άδεια χρήσης για το ${product}: ${amount}`,
      other: `${count} άδειες χρήσης για το ${product}: ${amount}`,
    }),
  paymentCardOnly: 'Η πιστωτική κάρτα είναι ο μόνος τρόπος πληρωμής.',
  paymentLoading: 'Φόρτωση της ασφαλούς φόρμας πληρωμής…',
  paymentSubmit: (amount: string) => `Πληρωμή ${amount}`,
  paymentPaying: 'Πληρωμή σε εξέλιξη…',
  paymentBack: 'Αλλαγή αδειών χρήσης',
  paymentNotTwice: 'Δεν θα χρεωθείτε δύο φορές.',

  // Processing
  processingTitle: 'Επιβεβαίωση της πληρωμής σας…',
  processingSlow:
    'Ελέγχουμε ακόμη την κατάσταση της πληρωμής. Μπορεί να διαρκέσει ένα λεπτό. Δεν θα χρεωθείτε δύο φορές· μπορείτε να κλείσετε το παράθυρο και να επιστρέψετε αργότερα.',

  // Complete
  completeTitle: 'Όλα έτοιμα',
  completeTrialTitle: 'Η δοκιμή σας ξεκίνησε',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('el', count, {
      one: `Αγοράσατε 1 άδεια χρήσης για το ${product} έναντι ${amount}.`,
      other: `Αγοράσατε ${count} άδειες χρήσης για το ${product} έναντι ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('el', count, {
      one: `Προσθέσατε 1 άδεια χρήσης για το ${product} έναντι ${amount}.`,
      other: `Προσθέσατε ${count} άδειες χρήσης για το ${product} έναντι ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `Μπορείτε να δοκιμάσετε το ${product} έως ${date}.`,
  completeStart: (product: string) => `Ξεκινήστε να χρησιμοποιείτε το ${product}`,
  completeAdmin: 'Εκχώρηση αδειών χρήσης στο κέντρο διαχείρισης',
  completeManage: 'Εκχώρηση αδειών χρήσης τώρα',
  completeReceipt: 'Μια απόδειξη αποστέλλεται στο email εργασίας σας.',
  completeRenews:
    'Η συνδρομή ανανεώνεται αυτόματα μέχρι να την ακυρώσετε. Μπορείτε οποιαδήποτε στιγμή να εκχωρήσετε, να προσθέσετε ή να καταργήσετε άδειες χρήσης, να ενημερώσετε την κάρτα σας ή να ακυρώσετε.',
  completeTrialEnds: (product: string, date: string) =>
    `Όταν λήξει η δοκιμή στις ${date}, το ${product} θα σταματήσει να λειτουργεί, εκτός αν το αγοράσετε. Δεν γίνεται καμία χρέωση.`,
  completeTerms: 'Όροι αγοράς',
  completeSupport: 'Τυπική υποστήριξη από τη Microsoft',
  completeTraining: (product: string) => `Εκπαίδευση για το ${product}`,
  completeAdminHint:
    'Στο κέντρο διαχείρισης του Microsoft 365 μπορείτε να εκχωρήσετε άδειες χρήσης σε άτομα του οργανισμού σας (έως 20 κάθε φορά), να αγοράσετε περισσότερες, να ακυρώσετε, να ενημερώσετε την κάρτα σας και να δείτε τιμολόγια.',

  // Ineligible
  ineligibleTitle: 'Δεν μπορείτε να το αγοράσετε μόνοι σας',
  reasonPersonalEmail:
    'Χρησιμοποιήστε το email εργασίας ή σχολείου σας. Με προσωπικές διευθύνσεις email δεν μπορούν να γίνουν αγορές για έναν οργανισμό.',
  reasonNoTenant: 'Δεν βρέθηκε οργανισμός που να χρησιμοποιεί τον τομέα αυτού του email με τη Microsoft.',
  reasonUnmanagedTenant:
    'Ο μισθωτής Microsoft Entra του οργανισμού σας δεν έχει ακόμη διαχειριστή. Ένας διαχειριστής πρέπει να αναλάβει τον μισθωτή προτού μπορέσει οποιοσδήποτε να αγοράσει.',
  reasonGovernmentTenant: 'Η αγορά μέσω αυτοεξυπηρέτησης δεν είναι διαθέσιμη για κυβερνητικούς φορείς.',
  reasonEducationTenant: 'Η αγορά μέσω αυτοεξυπηρέτησης δεν είναι διαθέσιμη για εκπαιδευτικά ιδρύματα.',
  reasonGuestUser: 'Έχετε εισέλθει ως επισκέπτης σε αυτόν τον οργανισμό. Μόνο τα μέλη του μπορούν να αγοράσουν.',
  reasonMarketUnavailable: (product: string) =>
    `Το ${product} δεν μπορεί να αγοραστεί μέσω αυτοεξυπηρέτησης στη χώρα ή την περιοχή του οργανισμού σας.`,
  reasonDisabledByAdmin: (product: string) =>
    `Ο διαχειριστής IT σας έχει απενεργοποιήσει την αγορά μέσω αυτοεξυπηρέτησης του ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Ο διαχειριστής IT σας επιτρέπει μόνο δωρεάν δοκιμές χωρίς τρόπο πληρωμής, και το ${product} δεν έχει τέτοια δοκιμή.`,
  ineligibleContact: 'Επικοινωνήστε με τον διαχειριστή IT σας για να το αποκτήσετε.',
  ineligibleAdminMessage: (organization: string) => `Μήνυμα από ${organization}:`,
  ineligibleAdminLink: 'Άνοιγμα της σελίδας αιτημάτων του οργανισμού σας',
  licenseRequestLabel: 'Μήνυμα προς τον διαχειριστή σας (προαιρετικό)',
  licenseRequestSubmit: 'Ζήτηση άδειας χρήσης από τον διαχειριστή μου',
  licenseRequestSending: 'Αποστολή…',
  licenseRequestSent: 'Το αίτημά σας στάλθηκε στον διαχειριστή σας.',

  // Errors
  errorTitle: 'Κάτι πήγε στραβά',
  retry: 'Δοκιμάστε ξανά',
  startOver: 'Έναρξη από την αρχή',
  errorOffline: 'Είστε εκτός σύνδεσης. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  errorTimeout: 'Η υπηρεσία πληρωμών άργησε πολύ να απαντήσει. Δοκιμάστε ξανά.',
  errorRateLimited: (seconds: number) =>
    'Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε ' +
    plural('el', seconds, { one: '1 δευτερόλεπτο.', other: `${seconds} δευτερόλεπτα.` }),
  errorServer: 'Κάτι πήγε στραβά από την πλευρά μας. Δοκιμάστε ξανά.',
  errorUnavailable: 'Η υπηρεσία πληρωμών δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.',
  errorBadResponse: 'Λάβαμε μια απάντηση που δεν κατανοήσαμε. Δοκιμάστε ξανά.',
  errorSession: 'Η είσοδός σας έληξε. Εισέλθετε ξανά.',
  errorQuantity: 'Αυτός ο αριθμός αδειών δεν μπορεί να αγοραστεί. Αλλάξτε τον και δοκιμάστε ξανά.',
  errorNotEligible: 'Ο λογαριασμός σας δεν μπορεί να αγοράσει αυτό το προϊόν.',
  errorUnknown: 'Κάτι πήγε στραβά. Δοκιμάστε ξανά.',
  errorPopupBlocked:
    'Το πρόγραμμα περιήγησης μπλόκαρε το παράθυρο εισόδου. Επιτρέψτε τα αναδυόμενα παράθυρα για αυτή τη σελίδα ή δοκιμάστε ξανά.',
  errorSignInCancelled: 'Η είσοδος ακυρώθηκε. Εισέλθετε για να συνεχίσετε.',
  errorSignInBusy:
    'Μια άλλη είσοδος είναι ήδη ανοιχτή σε αυτή τη σελίδα. Ολοκληρώστε ή κλείστε την και δοκιμάστε ξανά.',
  errorSignInFailed: 'Η είσοδος δεν ήταν επιτυχής. Δοκιμάστε ξανά.',
  errorAccountMismatch:
    'Εισήλθατε με διαφορετικό λογαριασμό από το email που πληκτρολογήσατε. Εισέλθετε με αυτό το email ή χρησιμοποιήστε άλλο.',
  errorCardDeclined: 'Η κάρτα σας απορρίφθηκε. Δοκιμάστε άλλη κάρτα ή επικοινωνήστε με την τράπεζά σας.',
  errorInsufficientFunds: 'Η κάρτα σας δεν έχει επαρκές υπόλοιπο. Δοκιμάστε άλλη κάρτα.',
  errorExpiredCard: 'Η κάρτα σας έχει λήξει. Ελέγξτε την ημερομηνία λήξης ή χρησιμοποιήστε άλλη κάρτα.',
  errorIncorrectCvc: 'Ο κωδικός ασφαλείας δεν είναι σωστός. Ελέγξτε τον κωδικό στο πίσω μέρος της κάρτας σας.',
  errorAuthenticationFailed: 'Η τράπεζά σας δεν επαλήθευσε την πληρωμή. Δοκιμάστε ξανά ή χρησιμοποιήστε άλλη κάρτα.',
  errorProcessing: 'Δεν ήταν δυνατή η επεξεργασία της κάρτας σας. Δοκιμάστε ξανά σε λίγο.',
  errorIncomplete: 'Συμπληρώστε τα στοιχεία της κάρτας σας.',
  errorPaymentLoad:
    'Δεν ήταν δυνατή η φόρτωση της ασφαλούς φόρμας πληρωμής. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  errorPaymentExpired: 'Η πληρωμή έληξε πριν ολοκληρωθεί. Ξεκινήστε από την αρχή· δεν έχετε χρεωθεί.',
  errorPaymentFailed:
    'Η πληρωμή δεν πραγματοποιήθηκε και δεν έχετε χρεωθεί. Ξεκινήστε από την αρχή για να δοκιμάσετε ξανά.',
} satisfies FlowCatalog;
