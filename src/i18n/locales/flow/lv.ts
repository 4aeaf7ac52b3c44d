import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "licence" after a count, as the subject (nominative). */
const licenses = (n: number) => plural('lv', n, { zero: 'licences', one: 'licence', other: 'licences' });
/** "licenci" after a count, as the object of a verb (accusative). */
const licensesBought = (n: number) => plural('lv', n, { zero: 'licences', one: 'licenci', other: 'licences' });

export const lv = {
  // Sign-in step
  signInTitle: 'Pierakstieties, lai turpinātu',
  signInIntro: (email: string, organization: string) =>
    `Pierakstieties kā ${email} ar savu organizācijas ${organization} kontu. Tiks atvērts Microsoft pierakstīšanās logs.`,
  signInButton: 'Pierakstīties',
  signInPreparing: 'Notiek pierakstīšanās sagatavošana…',
  signInBusy: 'Notiek pierakstīšanās…',
  signInRedirecting: 'Pārlūkprogramma bloķēja pierakstīšanās logu, tāpēc notiek novirzīšana uz pierakstīšanās lapu…',
  signInCancel: 'Atcelt',
  signInReopen: 'Vēlreiz atvērt pierakstīšanās logu',
  signInStalled:
    'Joprojām tiek gaidīta pierakstīšanās. Ja aizvērāt pierakstīšanās logu, atveriet to vēlreiz vai atceliet.',
  useDifferentEmail: 'Izmantot citu e-pasta adresi',

  // Checking
  checkingTitle: 'Notiek pārbaude, ko varat iegādāties…',

  // Seat step
  seatsTitle: 'Cik licenču?',
  seatsTitleAdd: 'Pievienot licences',
  seatsExisting: (count: number, product: string) => `Jums jau ir ${count} ${product} ${licenses(count)}.`,
  seatsLabel: 'Licenču skaits',
  seatsHint: (min: number, max: number) => `No ${min} līdz ${max}. Pēc tam piešķiriet tās kolēģiem.`,
  seatsDecrease: 'Par vienu licenci mazāk',
  seatsIncrease: 'Par vienu licenci vairāk',
  planLegend: 'Norēķini',
  planMonthly: (price: string) => `Reizi mēnesī: ${price} par licenci mēnesī`,
  planYearly: (price: string) => `Reizi gadā: ${price} par licenci gadā`,
  totalLabel: 'Kopā',
  totalMonthly: (amount: string) => `${amount} mēnesī`,
  totalYearly: (amount: string) => `${amount} gadā`,
  taxExclusive: 'Neietver piemērojamos nodokļus.',
  taxInclusive: 'Ieskaitot nodokļus.',
  disclosuresTitle: 'Pirms maksāšanas',
  disclosureBilledToYou:
    'Jūs maksājat ar savu kredītkarti. Rēķins tiek izrakstīts jums, nevis jūsu organizācijai, un jūs atbildat par maksājumu saskaņā ar pirkuma noteikumiem.',
  disclosureRenews: 'Abonements tiek automātiski atjaunots, līdz jūs to atceļat.',
  disclosurePrices:
    'Cenas var atšķirties no tām, ko maksā jūsu organizācija, iepērkot centralizēti vai ar partnera starpniecību.',
  disclosureAdminSees:
    'Jūsu IT administrators var redzēt šo pirkumu. Administrators var piešķirt centralizēti iegādātas licences produkta lietotājiem un pēc tam lūgt jūs atcelt abonementu.',
  disclosureDataOwner: (product: string) =>
    `Produktā ${product} izveidotie dati pieder jūsu organizācijai, un tā tos pārvalda.`,
  disclosureData:
    'Pirkuma apstrādei tiek izmantoti jūsu vārds, e-pasta adrese, IP adrese un jūsu organizācijas nomnieka un lietotāja ID.',
  seatsSubmit: 'Turpināt uz maksājumu',
  seatsSubmitting: 'Notiek maksājuma sagatavošana…',
  seatsErrorEmpty: 'Ievadiet licenču skaitu.',
  seatsErrorWhole: 'Ievadiet veselu skaitli, piemēram, 3.',
  seatsErrorMin: (min: number) => `Iegādājieties vismaz ${min}.`,
  seatsErrorMax: (max: number) => `Šeit varat iegādāties ne vairāk kā ${max}.`,

  // Trial
  trialTitle: (product: string) => `Izmēģiniet ${product} bez maksas`,
  trialIntro: (days: number) =>
    `Jūsu organizācija atļauj bezmaksas izmēģinājuma versijas. Sāciet ${days} ${plural('lv', days, { zero: 'dienu', one: 'dienas', other: 'dienu' })} izmēģinājuma versiju – kredītkarte nav nepieciešama.`,
  trialSubmit: 'Sākt bezmaksas izmēģinājuma versiju',
  trialStarting: 'Notiek izmēģinājuma versijas sākšana…',

  // Payment step
  paymentTitle: 'Maksāt ar karti',
  paymentSummary: (count: number, product: string, amount: string) =>
    `${count} ${product} ${licenses(count)}: ${amount}`,
  paymentCardOnly: 'Kredītkarte ir vienīgais maksājuma veids.',
  paymentLoading: 'Notiek drošās maksājuma veidlapas ielāde…',
  paymentSubmit: (amount: string) => `Maksāt ${amount}`,
  paymentPaying: 'Notiek maksāšana…',
  paymentBack: 'Mainīt licences',
  paymentNotTwice: 'Maksa netiks iekasēta divreiz.',

  // Processing
  processingTitle: 'Notiek maksājuma apstiprināšana…',
  processingSlow:
    'Joprojām tiek pārbaudīts maksājuma statuss. Tas var ilgt minūti. Maksa netiks iekasēta divreiz, un jūs varat aizvērt šo logu un atgriezties vēlāk.',

  // Complete
  completeTitle: 'Viss gatavs',
  completeTrialTitle: 'Jūsu izmēģinājuma versija ir sākta',
  completeSummary: (count: number, product: string, amount: string) =>
    `Jūs iegādājāties ${count} ${product} ${licensesBought(count)} par ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Jūs pievienojāt ${count} ${product} ${licensesBought(count)} par ${amount}.`,
  completeTrialSummary: (product: string, date: string) =>
    `${product} varat izmēģināt līdz izmēģinājuma beigām (${date}).`,
  completeStart: (product: string) => `Sākt lietot ${product}`,
  completeAdmin: 'Piešķirt licences administrēšanas centrā',
  completeManage: 'Piešķirt licences tūlīt',
  completeReceipt: 'Kvīts tiek nosūtīta uz jūsu darba e-pasta adresi.',
  completeRenews:
    'Abonements tiek automātiski atjaunots, līdz jūs to atceļat. Jebkurā laikā varat piešķirt licences, pievienot vai noņemt licences, atjaunināt kartes datus vai atcelt abonementu.',
  completeTrialEnds: (product: string, date: string) =>
    `Kad izmēģinājuma versija beigsies (${date}), ${product} pārstās darboties, ja to neiegādāsieties. Maksa netiek iekasēta.`,
  completeTerms: 'Pirkuma noteikumi',
  completeSupport: 'Microsoft standarta atbalsts',
  completeTraining: (product: string) => `${product} apmācība`,
  completeAdminHint:
    'Microsoft 365 administrēšanas centrā varat piešķirt licences savas organizācijas lietotājiem (līdz 20 vienlaikus), iegādāties vairāk, atcelt abonementu, atjaunināt karti un skatīt rēķinus.',

  // Ineligible
  ineligibleTitle: 'Jūs to nevarat iegādāties patstāvīgi',
  reasonPersonalEmail:
    'Izmantojiet darba vai mācību iestādes e-pasta adresi. Ar personiskām e-pasta adresēm nevar iepirkties organizācijas vārdā.',
  reasonNoTenant: 'Neatradām organizāciju, kas šī e-pasta domēnu izmanto Microsoft pakalpojumos.',
  reasonUnmanagedTenant:
    'Jūsu organizācijas Microsoft Entra nomniekam vēl nav administratora. Lai kāds varētu iepirkties, administratoram ir jāpārņem nomnieks.',
  reasonGovernmentTenant: 'Pašapkalpošanās pirkumi nav pieejami valsts iestādēm.',
  reasonEducationTenant: 'Pašapkalpošanās pirkumi nav pieejami izglītības iestādēm.',
  reasonGuestUser: 'Šajā organizācijā jūs pierakstījāties kā viesis. Iegādāties var tikai tās dalībnieki.',
  reasonMarketUnavailable: (product: string) =>
    `${product} nevar iegādāties pašapkalpošanās veidā jūsu organizācijas valstī vai reģionā.`,
  reasonDisabledByAdmin: (product: string) =>
    `Jūsu IT administrators ir izslēdzis produkta ${product} pašapkalpošanās pirkumus.`,
  reasonTrialsOnly: (product: string) =>
    `Jūsu IT administrators atļauj tikai bezmaksas izmēģinājuma versijas bez maksājuma veida, un ${product} tādas nav.`,
  ineligibleContact: 'Lai to iegūtu, sazinieties ar savu IT administratoru.',
  ineligibleAdminMessage: (organization: string) => `Organizācijas ${organization} ziņojums:`,
  ineligibleAdminLink: 'Atvērt organizācijas pieprasījumu lapu',
  licenseRequestLabel: 'Ziņojums administratoram (neobligāti)',
  licenseRequestSubmit: 'Lūgt administratoram licenci',
  licenseRequestSending: 'Notiek sūtīšana…',
  licenseRequestSent: 'Jūsu pieprasījums ir nosūtīts administratoram.',

  // Errors
  errorTitle: 'Radās kļūda',
  retry: 'Mēģināt vēlreiz',
  startOver: 'Sākt no jauna',
  errorOffline: 'Jūs esat bezsaistē. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  errorTimeout: 'Apmaksas pakalpojums pārāk ilgi neatbildēja. Mēģiniet vēlreiz.',
  errorRateLimited: (seconds: number) =>
    `Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc ${seconds} ${plural('lv', seconds, { zero: 'sekundēm', one: 'sekundes', other: 'sekundēm' })}.`,
  errorServer: 'Mūsu pusē radās kļūda. Mēģiniet vēlreiz.',
  errorUnavailable: 'Apmaksas pakalpojums pašlaik nav pieejams. Pēc brīža mēģiniet vēlreiz.',
  errorBadResponse: 'Saņēmām atbildi, ko nesapratām. Mēģiniet vēlreiz.',
  errorSession: 'Jūsu pierakstīšanās sesija ir beigusies. Pierakstieties vēlreiz.',
  errorQuantity: 'Šādu licenču skaitu nevar iegādāties. Mainiet to un mēģiniet vēlreiz.',
  errorNotEligible: 'Ar jūsu kontu šo produktu nevar iegādāties.',
  errorUnknown: 'Radās kļūda. Mēģiniet vēlreiz.',
  errorPopupBlocked:
    'Pārlūkprogramma bloķēja pierakstīšanās logu. Atļaujiet šajā lapā uznirstošos logus vai mēģiniet vēlreiz.',
  errorSignInCancelled: 'Pierakstīšanās tika atcelta. Pierakstieties, lai turpinātu.',
  errorSignInBusy: 'Šajā lapā jau ir atvērta cita pierakstīšanās. Pabeidziet vai aizveriet to un mēģiniet vēlreiz.',
  errorSignInFailed: 'Pierakstīšanās neizdevās. Mēģiniet vēlreiz.',
  errorAccountMismatch:
    'Jūs pierakstījāties ar citu kontu, nevis ar ievadīto e-pasta adresi. Pierakstieties ar šo adresi vai izmantojiet citu.',
  errorCardDeclined: 'Jūsu karte tika noraidīta. Izmantojiet citu karti vai sazinieties ar savu banku.',
  errorInsufficientFunds: 'Kartē nepietiek līdzekļu. Izmantojiet citu karti.',
  errorExpiredCard: 'Kartes derīguma termiņš ir beidzies. Pārbaudiet derīguma termiņu vai izmantojiet citu karti.',
  errorIncorrectCvc: 'Drošības kods nav pareizs. Pārbaudiet kodu kartes aizmugurē.',
  errorAuthenticationFailed: 'Banka nevarēja verificēt maksājumu. Mēģiniet vēlreiz vai izmantojiet citu karti.',
  errorProcessing: 'Karti neizdevās apstrādāt. Pēc brīža mēģiniet vēlreiz.',
  errorIncomplete: 'Aizpildiet kartes datus.',
  errorPaymentLoad: 'Drošo maksājuma veidlapu neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  errorPaymentExpired: 'Maksājuma termiņš beidzās, pirms tas tika pabeigts. Sāciet no jauna – maksa netika iekasēta.',
  errorPaymentFailed: 'Maksājums neizdevās, un maksa netika iekasēta. Sāciet no jauna, lai mēģinātu vēlreiz.',
} satisfies FlowCatalog;
