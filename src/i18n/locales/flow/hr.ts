import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

// Croatian typography: „…” quotes. Croatian dates end with a full stop (5. ožujka 2026.), so no
// sentence here ends with a date.
export const hr = {
  // Sign-in step
  signInTitle: 'Prijavite se da biste nastavili',
  signInIntro: (email: string, organization: string) =>
    `Prijavite se kao ${email} računom organizacije ${organization}. Otvorit će se Microsoftov prozor za prijavu.`,
  signInButton: 'Prijavi se',
  signInPreparing: 'Priprema prijave…',
  signInBusy: 'Prijava…',
  signInRedirecting:
    'Preglednik je blokirao prozor za prijavu pa vas umjesto toga preusmjeravamo na stranicu za prijavu…',
  signInCancel: 'Odustani',
  signInReopen: 'Ponovno otvori prozor za prijavu',
  signInStalled: 'Još čekamo prijavu. Ako ste zatvorili prozor za prijavu, ponovno ga otvorite ili odustanite.',
  useDifferentEmail: 'Upotrijebi drugu adresu e-pošte',

  // Checking
  checkingTitle: 'Provjeravamo što možete kupiti…',

  // Seat step
  seatsTitle: 'Koliko licenci?',
  seatsTitleAdd: 'Dodaj licence',
  seatsExisting: (count: number, product: string) =>
    plural('hr', count, {
      one: `Već imate ${count} licencu za ${product}.`,
      few: `Već imate ${count} licence za ${product}.`,
      other: `Već imate ${count} licenci za ${product}.`,
    }),
  seatsLabel: 'Broj licenci',
  seatsHint: (min: number, max: number) => `Od ${min} do ${max}. Poslije ih dodijelite kolegama.`,
  seatsDecrease: 'Jedna licenca manje',
  seatsIncrease: 'Jedna licenca više',
  planLegend: 'Razdoblje naplate',
  planMonthly: (price: string) => `Mjesečno: ${price} po licenci mjesečno`,
  planYearly: (price: string) => `Godišnje: ${price} po licenci godišnje`,
  totalLabel: 'Ukupno',
  totalMonthly: (amount: string) => `${amount} mjesečno`,
  totalYearly: (amount: string) => `${amount} godišnje`,
  taxExclusive: 'Uz pripadajući porez.',
  taxInclusive: 'Porez je uključen.',
  disclosuresTitle: 'Prije plaćanja',
  disclosureBilledToYou:
    'Plaćate vlastitom kreditnom karticom. Naplata tereti vas, a ne vašu organizaciju, i vi ste odgovorni za plaćanje prema uvjetima kupnje.',
  disclosureRenews: 'Pretplata se automatski obnavlja dok je ne otkažete.',
  disclosurePrices:
    'Cijene se mogu razlikovati od onih koje vaša organizacija plaća pri centralnoj kupnji ili preko partnera.',
  disclosureAdminSees:
    'Vaš IT administrator vidi ovu kupnju. Administrator može korisnicima ove pretplate dodijeliti centralno kupljene licence, a zatim vas zamoliti da je otkažete.',
  disclosureDataOwner: (product: string) =>
    `Podaci stvoreni u proizvodu ${product} vlasništvo su vaše organizacije, koja njima i upravlja.`,
  disclosureData:
    'Za obradu kupnje koriste se vaše ime, adresa e-pošte, IP adresa te ID-ovi klijenta i korisnika vaše organizacije.',
  seatsSubmit: 'Nastavi na plaćanje',
  seatsSubmitting: 'Priprema plaćanja…',
  seatsErrorEmpty: 'Unesite broj licenci.',
  seatsErrorWhole: 'Unesite cijeli broj, na primjer 3.',
  seatsErrorMin: (min: number) => `Kupite najmanje ${min}.`,
  seatsErrorMax: (max: number) => `Ovdje možete kupiti najviše ${max}.`,

  // Trial
  trialTitle: (product: string) => `Isprobajte ${product} besplatno`,
  trialIntro: (days: number) =>
    `Vaša organizacija dopušta besplatne probne verzije. Pokrenite ${days}-dnevnu probnu verziju; kreditna kartica nije potrebna.`,
  trialSubmit: 'Pokreni besplatnu probnu verziju',
  trialStarting: 'Pokretanje probne verzije…',

  // Payment step
  paymentTitle: 'Plaćanje karticom',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('hr', count, {
      one: `${count} licenca za ${product}: ${amount}`,
      few: `${count} licence za ${product}: ${amount}`,
      other: `${count} licenci za ${product}: ${amount}`,
    }),
  paymentCardOnly: 'Kreditna kartica jedini je način plaćanja.',
  paymentLoading: 'Učitavanje sigurnog obrasca za plaćanje…',
  paymentSubmit: (amount: string) => `Plati ${amount}`,
  paymentPaying: 'Plaćanje…',
  paymentBack: 'Promijeni licence',
  paymentNotTwice: 'Nećemo vam dvaput naplatiti.',

  // Processing
  processingTitle: 'Potvrđivanje plaćanja…',
  processingSlow:
    'Još provjeravamo status plaćanja. To može potrajati minutu. Nećemo vam dvaput naplatiti, a ovaj prozor možete zatvoriti i vratiti se kasnije.',

  // Complete
  completeTitle: 'Sve je spremno',
  completeTrialTitle: 'Probna verzija je pokrenuta',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('hr', count, {
      one: `Za ${amount} kupili ste ${count} licencu za ${product}.`,
      few: `Za ${amount} kupili ste ${count} licence za ${product}.`,
      other: `Za ${amount} kupili ste ${count} licenci za ${product}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('hr', count, {
      one: `Za ${amount} dodali ste ${count} licencu za ${product}.`,
      few: `Za ${amount} dodali ste ${count} licence za ${product}.`,
      other: `Za ${amount} dodali ste ${count} licenci za ${product}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `Do ${date} možete isprobavati ${product}.`,
  completeStart: (product: string) => `Počni upotrebljavati ${product}`,
  completeAdmin: 'Dodijeli licence u centru za administratore',
  completeManage: 'Dodijeli licence sada',
  completeReceipt: 'Potvrda o plaćanju stiže vam na poslovnu adresu e-pošte.',
  completeRenews:
    'Pretplata se automatski obnavlja dok je ne otkažete. U bilo kojem trenutku možete dodjeljivati licence, dodavati ili uklanjati licence, ažurirati karticu ili otkazati pretplatu.',
  completeTrialEnds: (product: string, date: string) =>
    `Kada probna verzija istekne ${date}, ${product} prestaje raditi ako ne kupite proizvod. Ništa se ne naplaćuje.`,
  completeTerms: 'Uvjeti kupnje',
  completeSupport: 'Standardna podrška tvrtke Microsoft',
  completeTraining: (product: string) => `Obuka za ${product}`,
  completeAdminHint:
    'U centru za administratore sustava Microsoft 365 možete dodjeljivati licence osobama u svojoj organizaciji (do 20 odjednom), kupiti dodatne, otkazati pretplatu, ažurirati karticu i pregledavati račune.',

  // Ineligible
  ineligibleTitle: 'Ovo ne možete sami kupiti',
  reasonPersonalEmail:
    'Upotrijebite poslovnu ili školsku adresu e-pošte. S osobnom adresom e-pošte ne može se kupovati za organizaciju.',
  reasonNoTenant: 'Nismo pronašli organizaciju koja domenu ove adrese e-pošte koristi s uslugama tvrtke Microsoft.',
  reasonUnmanagedTenant:
    'Klijent servisa Microsoft Entra vaše organizacije još nema administratora. Administrator najprije mora preuzeti upravljanje klijentom da bi itko mogao kupovati.',
  reasonGovernmentTenant: 'Samoposlužna kupnja nije dostupna za državne institucije.',
  reasonEducationTenant: 'Samoposlužna kupnja nije dostupna za obrazovne ustanove.',
  reasonGuestUser: 'Prijavljeni ste kao gost u ovoj organizaciji. Kupovati mogu samo njezini članovi.',
  reasonMarketUnavailable: (product: string) =>
    `${product} nije moguće kupiti samoposlužno u državi ili regiji vaše organizacije.`,
  reasonDisabledByAdmin: (product: string) =>
    `Vaš IT administrator isključio je samoposlužnu kupnju proizvoda ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Vaš IT administrator dopušta samo besplatne probne verzije bez načina plaćanja, a ${product} je nema.`,
  ineligibleContact: 'Obratite se svojem IT administratoru.',
  ineligibleAdminMessage: (organization: string) => `Poruka organizacije ${organization}:`,
  ineligibleAdminLink: 'Otvori stranicu za zahtjeve svoje organizacije',
  licenseRequestLabel: 'Poruka administratoru (neobavezno)',
  licenseRequestSubmit: 'Zatraži licencu od administratora',
  licenseRequestSending: 'Slanje…',
  licenseRequestSent: 'Vaš je zahtjev poslan administratoru.',

  // Errors
  errorTitle: 'Došlo je do pogreške',
  retry: 'Pokušaj ponovno',
  startOver: 'Počni ispočetka',
  errorOffline: 'Niste povezani s internetom. Provjerite vezu i pokušajte ponovno.',
  errorTimeout: 'Usluga plaćanja predugo nije odgovarala. Pokušajte ponovno.',
  errorRateLimited: (seconds: number) =>
    plural('hr', seconds, {
      one: `Previše pokušaja. Pokušajte ponovno za ${seconds} sekundu.`,
      few: `Previše pokušaja. Pokušajte ponovno za ${seconds} sekunde.`,
      other: `Previše pokušaja. Pokušajte ponovno za ${seconds} sekundi.`,
    }),
  errorServer: 'Došlo je do pogreške na našoj strani. Pokušajte ponovno.',
  errorUnavailable: 'Usluga plaćanja trenutačno nije dostupna. Pokušajte ponovno za trenutak.',
  errorBadResponse: 'Primili smo odgovor koji ne razumijemo. Pokušajte ponovno.',
  errorSession: 'Vaša je prijava istekla. Ponovno se prijavite.',
  errorQuantity: 'Taj se broj licenci ne može kupiti. Promijenite ga i pokušajte ponovno.',
  errorNotEligible: 'Vašim se računom ne može kupiti ovaj proizvod.',
  errorUnknown: 'Došlo je do pogreške. Pokušajte ponovno.',
  errorPopupBlocked:
    'Preglednik je blokirao prozor za prijavu. Dopustite skočne prozore za ovu stranicu ili pokušajte ponovno.',
  errorSignInCancelled: 'Prijava je otkazana. Prijavite se da biste nastavili.',
  errorSignInBusy: 'Na ovoj je stranici već otvorena druga prijava. Dovršite je ili je zatvorite pa pokušajte ponovno.',
  errorSignInFailed: 'Prijava nije uspjela. Pokušajte ponovno.',
  errorAccountMismatch:
    'Prijavili ste se drugim računom, a ne onim s unesenom adresom e-pošte. Prijavite se tom adresom ili upotrijebite drugu.',
  errorCardDeclined: 'Vaša je kartica odbijena. Pokušajte s drugom karticom ili se obratite banci.',
  errorInsufficientFunds: 'Na kartici nema dovoljno sredstava. Pokušajte s drugom karticom.',
  errorExpiredCard: 'Vaša je kartica istekla. Provjerite datum isteka ili upotrijebite drugu karticu.',
  errorIncorrectCvc: 'Sigurnosni kod nije točan. Provjerite kod na poleđini kartice.',
  errorAuthenticationFailed: 'Banka nije mogla potvrditi plaćanje. Pokušajte ponovno ili upotrijebite drugu karticu.',
  errorProcessing: 'Plaćanje karticom nije moguće obraditi. Pokušajte ponovno za trenutak.',
  errorIncomplete: 'Dovršite podatke o kartici.',
  errorPaymentLoad: 'Siguran obrazac za plaćanje nije se mogao učitati. Provjerite vezu i pokušajte ponovno.',
  errorPaymentExpired: 'Plaćanje je isteklo prije dovršetka. Počnite ispočetka; ništa vam nije naplaćeno.',
  errorPaymentFailed: 'Plaćanje nije prošlo i ništa vam nije naplaćeno. Počnite ispočetka da biste pokušali ponovno.',
} satisfies FlowCatalog;
