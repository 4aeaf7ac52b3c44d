import { plural } from '../../plural.js';
import type { FlowCatalog } from './en.js';

export const ro = {
  // Sign-in step
  signInTitle: 'Conectați-vă pentru a continua',
  signInIntro: (email: string, organization: string) =>
    `Conectați-vă ca ${email} cu contul dvs. ${organization}. Se deschide o fereastră de conectare Microsoft.`,
  signInButton: 'Conectați-vă',
  signInPreparing: 'Se pregătește conectarea…',
  signInBusy: 'Conectare în curs…',
  signInRedirecting: 'Browserul a blocat fereastra de conectare, așa că vă redirecționăm la pagina de conectare…',
  signInCancel: 'Anulare',
  signInReopen: 'Deschideți din nou fereastra de conectare',
  signInStalled:
    'Se așteaptă în continuare conectarea. Dacă ați închis fereastra de conectare, deschideți-o din nou sau anulați.',
  useDifferentEmail: 'Folosiți altă adresă de e-mail',

  // Checking
  checkingTitle: 'Se verifică ce puteți cumpăra…',

  // Seat step
  seatsTitle: 'Câte licențe?',
  seatsTitleAdd: 'Adăugați licențe',
  seatsExisting: (count: number, product: string) =>
    plural('ro', count, {
      one: `Aveți deja 1 licență pentru ${product}.`,
      few: `Aveți deja ${count} licențe pentru ${product}.`,
      other: `Aveți deja ${count} de licențe pentru ${product}.`,
    }),
  seatsLabel: 'Număr de licențe',
  seatsHint: (min: number, max: number) => `Între ${min} și ${max}. Ulterior, le puteți atribui colegilor.`,
  seatsDecrease: 'O licență mai puțin',
  seatsIncrease: 'O licență în plus',
  planLegend: 'Facturare',
  planMonthly: (price: string) => `Lunar: ${price} pe licență pe lună`,
  planYearly: (price: string) => `Anual: ${price} pe licență pe an`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} pe lună`,
  totalYearly: (amount: string) => `${amount} pe an`,
  taxExclusive: 'Plus taxele aplicabile.',
  taxInclusive: 'Taxele sunt incluse.',
  disclosuresTitle: 'Înainte de a plăti',
  disclosureBilledToYou:
    'Plătiți cu propriul card de credit. Factura se emite pe numele dvs., nu al organizației, iar plata vă revine conform condițiilor de achiziție.',
  disclosureRenews: 'Abonamentul se reînnoiește automat până când îl anulați.',
  disclosurePrices:
    'Prețurile pot diferi de cele pe care le plătește organizația dvs. când cumpără centralizat sau printr-un partener.',
  disclosureAdminSees:
    'Administratorul IT poate vedea această achiziție. Un administrator poate atribui licențe cumpărate centralizat persoanelor care folosesc produsul, apoi vă poate cere să anulați abonamentul.',
  disclosureDataOwner: (product: string) => `Organizația dvs. deține și controlează datele create în ${product}.`,
  disclosureData:
    'Pentru procesarea achiziției se folosesc numele, adresa de e-mail, adresa IP și ID-urile de entitate găzduită și de utilizator ale organizației dvs.',
  seatsSubmit: 'Continuați la plată',
  seatsSubmitting: 'Se pregătește plata…',
  seatsErrorEmpty: 'Introduceți numărul de licențe.',
  seatsErrorWhole: 'Introduceți un număr întreg, de exemplu 3.',
  seatsErrorMin: (min: number) => `Cumpărați cel puțin ${min}.`,
  seatsErrorMax: (max: number) => `Aici puteți cumpăra cel mult ${max}.`,

  // Trial
  trialTitle: (product: string) => `Încercați gratuit ${product}`,
  trialIntro: (days: number) =>
    `Organizația dvs. permite versiuni de încercare gratuite. Începeți o versiune de încercare de ${plural('ro', days, { one: '1 zi', few: `${days} zile`, other: `${days} de zile` })}; nu este nevoie de card de credit.`,
  trialSubmit: 'Începeți versiunea de încercare gratuită',
  trialStarting: 'Se pornește versiunea de încercare…',

  // Payment step
  paymentTitle: 'Plătiți cu cardul',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('ro', count, {
      one: `1 licență ${product}: ${amount}`,
      few: `${count} licențe ${product}: ${amount}`,
      other: `${count} de licențe ${product}: ${amount}`,
    }),
  paymentCardOnly: 'Cardul de credit este singura metodă de plată.',
  paymentLoading: 'Se încarcă formularul de plată securizat…',
  paymentSubmit: (amount: string) => `Plătiți ${amount}`,
  paymentPaying: 'Plată în curs…',
  paymentBack: 'Modificați licențele',
  paymentNotTwice: 'Suma nu va fi încasată de două ori.',

  // Processing
  processingTitle: 'Se confirmă plata…',
  processingSlow:
    'Încă se verifică starea plății. Poate dura un minut. Suma nu va fi încasată de două ori, iar dvs. puteți închide această fereastră și reveni mai târziu.',

  // Complete
  completeTitle: 'Totul este gata',
  completeTrialTitle: 'Versiunea de încercare a început',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('ro', count, {
      one: `Ați cumpărat 1 licență ${product} pentru ${amount}.`,
      few: `Ați cumpărat ${count} licențe ${product} pentru ${amount}.`,
      other: `Ați cumpărat ${count} de licențe ${product} pentru ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('ro', count, {
      one: `Ați adăugat 1 licență ${product} pentru ${amount}.`,
      few: `Ați adăugat ${count} licențe ${product} pentru ${amount}.`,
      other: `Ați adăugat ${count} de licențe ${product} pentru ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `Puteți încerca ${product} până la ${date}.`,
  completeStart: (product: string) => `Începeți să utilizați ${product}`,
  completeAdmin: 'Atribuiți licențe în centrul de administrare',
  completeManage: 'Atribuiți licențe acum',
  completeReceipt: 'O chitanță va fi trimisă la adresa de e-mail de la locul de muncă.',
  completeRenews:
    'Abonamentul se reînnoiește automat până când îl anulați. Puteți oricând să atribuiți licențe, să adăugați sau să eliminați licențe, să actualizați cardul sau să anulați abonamentul.',
  completeTrialEnds: (product: string, date: string) =>
    `Când versiunea de încercare se încheie, pe ${date}, ${product} nu va mai funcționa dacă nu îl cumpărați. Nu se încasează nimic.`,
  completeTerms: 'Condiții de achiziție',
  completeSupport: 'Asistență standard de la Microsoft',
  completeTraining: (product: string) => `Instruire pentru ${product}`,
  completeAdminHint:
    'În centrul de administrare Microsoft 365 puteți atribui licențe persoanelor din organizația dvs. (cel mult 20 odată), puteți cumpăra mai multe, anula abonamentul, actualiza cardul și vedea facturile.',

  // Ineligible
  ineligibleTitle: 'Nu puteți cumpăra personal acest produs',
  reasonPersonalEmail:
    'Folosiți adresa de e-mail de la locul de muncă sau de la școală. Cu adresele de e-mail personale nu se poate cumpăra pentru o organizație.',
  reasonNoTenant: 'Nu am găsit nicio organizație care să folosească domeniul acestei adrese de e-mail cu Microsoft.',
  reasonUnmanagedTenant:
    'Entitatea găzduită Microsoft Entra a organizației dvs. nu are încă un administrator. Un administrator trebuie să preia entitatea găzduită înainte ca cineva să poată cumpăra.',
  reasonGovernmentTenant: 'Achiziția prin autoservire nu este disponibilă pentru instituțiile guvernamentale.',
  reasonEducationTenant: 'Achiziția prin autoservire nu este disponibilă pentru instituțiile de învățământ.',
  reasonGuestUser: 'V-ați conectat ca invitat în această organizație. Doar membrii ei pot cumpăra.',
  reasonMarketUnavailable: (product: string) =>
    `${product} nu poate fi cumpărat prin autoservire în țara sau regiunea organizației dvs.`,
  reasonDisabledByAdmin: (product: string) =>
    `Administratorul IT a dezactivat achiziția prin autoservire pentru ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Administratorul IT permite doar versiuni de încercare gratuite fără metodă de plată, iar ${product} nu are așa ceva.`,
  ineligibleContact: 'Contactați administratorul IT pentru a-l obține.',
  ineligibleAdminMessage: (organization: string) => `Un mesaj de la ${organization}:`,
  ineligibleAdminLink: 'Deschideți pagina de solicitări a organizației dvs.',
  licenseRequestLabel: 'Mesaj pentru administrator (opțional)',
  licenseRequestSubmit: 'Solicitați o licență de la administrator',
  licenseRequestSending: 'Se trimite…',
  licenseRequestSent: 'Solicitarea a fost trimisă administratorului.',

  // Errors
  errorTitle: 'A apărut o problemă',
  retry: 'Încercați din nou',
  startOver: 'Începeți din nou',
  errorOffline: 'Sunteți offline. Verificați conexiunea și încercați din nou.',
  errorTimeout: 'Serviciul de plată a întârziat prea mult să răspundă. Încercați din nou.',
  errorRateLimited: (seconds: number) =>
    plural('ro', seconds, {
      one: 'Prea multe încercări. Încercați din nou peste 1 secundă.',
      few: `Prea multe încercări. Încercați din nou peste ${seconds} secunde.`,
      other: `Prea multe încercări. Încercați din nou peste ${seconds} de secunde.`,
    }),
  errorServer: 'A apărut o problemă la noi. Încercați din nou.',
  errorUnavailable: 'Serviciul de plată nu este disponibil momentan. Încercați din nou în câteva momente.',
  errorBadResponse: 'Am primit un răspuns pe care nu l-am înțeles. Încercați din nou.',
  errorSession: 'Sesiunea de conectare a expirat. Conectați-vă din nou.',
  errorQuantity: 'Acest număr de licențe nu poate fi cumpărat. Modificați-l și încercați din nou.',
  errorNotEligible: 'Contul dvs. nu poate cumpăra acest produs.',
  errorUnknown: 'A apărut o problemă. Încercați din nou.',
  errorPopupBlocked:
    'Browserul a blocat fereastra de conectare. Permiteți ferestrele pop-up pentru această pagină sau încercați din nou.',
  errorSignInCancelled: 'Conectarea a fost anulată. Conectați-vă pentru a continua.',
  errorSignInBusy:
    'O altă conectare este deja deschisă pe această pagină. Finalizați-o sau închideți-o, apoi încercați din nou.',
  errorSignInFailed: 'Conectarea nu a reușit. Încercați din nou.',
  errorAccountMismatch:
    'V-ați conectat cu alt cont decât adresa de e-mail introdusă. Conectați-vă cu acea adresă sau folosiți alta.',
  errorCardDeclined: 'Cardul a fost refuzat. Încercați alt card sau contactați banca.',
  errorInsufficientFunds: 'Cardul nu are fonduri suficiente. Încercați alt card.',
  errorExpiredCard: 'Cardul a expirat. Verificați data de expirare sau folosiți alt card.',
  errorIncorrectCvc: 'Codul de securitate este incorect. Verificați codul de pe spatele cardului.',
  errorAuthenticationFailed: 'Banca nu a putut verifica plata. Încercați din nou sau folosiți alt card.',
  errorProcessing: 'Cardul nu a putut fi procesat. Încercați din nou în câteva momente.',
  errorIncomplete: 'Completați detaliile cardului.',
  errorPaymentLoad: 'Formularul de plată securizat nu a putut fi încărcat. Verificați conexiunea și încercați din nou.',
  errorPaymentExpired: 'Plata a expirat înainte de a fi finalizată. Începeți din nou; nu s-a încasat nimic.',
  errorPaymentFailed: 'Plata nu a reușit și nu s-a încasat nimic. Începeți din nou pentru a reîncerca.',
} satisfies FlowCatalog;
