import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

export const eu = {
  // Sign-in step
  signInTitle: 'Hasi saioa jarraitzeko',
  signInIntro: (email: string, organization: string) =>
    `Hasi saioa ${email} gisa, ${organization} erakundeko kontuarekin. Microsoft-en saioa hasteko leiho bat irekiko da.`,
  signInButton: 'Hasi saioa',
  signInPreparing: 'Saio-hasiera prestatzen…',
  signInBusy: 'Saioa hasten…',
  signInRedirecting: 'Arakatzaileak saioa hasteko leihoa blokeatu du; beraz, saioa hasteko orrira eramango zaitugu…',
  signInCancel: 'Utzi',
  signInReopen: 'Ireki berriro saioa hasteko leihoa',
  signInStalled:
    'Saio-hasieraren zain gaude oraindik. Saioa hasteko leihoa itxi baduzu, ireki berriro edo utzi bertan behera.',
  useDifferentEmail: 'Erabili beste helbide elektroniko bat',

  // Checking
  checkingTitle: 'Zer eros dezakezun egiaztatzen…',

  // Seat step
  seatsTitle: 'Zenbat lizentzia?',
  seatsTitleAdd: 'Gehitu lizentziak',
  seatsExisting: (count: number, product: string) =>
    plural('eu', count, {
      one: `Dagoeneko baduzu ${product} produktuaren lizentzia 1.`,
      other: `Dagoeneko badituzu ${product} produktuaren ${count} lizentzia.`,
    }),
  seatsLabel: 'Lizentzia kopurua',
  seatsHint: (min: number, max: number) => `${min} eta ${max} artean. Gero, esleitu lankideei.`,
  seatsDecrease: 'Lizentzia bat gutxiago',
  seatsIncrease: 'Lizentzia bat gehiago',
  planLegend: 'Fakturazioa',
  planMonthly: (price: string) => `Hilero: ${price} lizentzia bakoitzeko hilean`,
  planYearly: (price: string) => `Urtero: ${price} lizentzia bakoitzeko urtean`,
  totalLabel: 'Guztira',
  totalMonthly: (amount: string) => `${amount} hilean`,
  totalYearly: (amount: string) => `${amount} urtean`,
  taxExclusive: 'Gehi aplikatu beharreko zergak.',
  taxInclusive: 'Zergak barne.',
  disclosuresTitle: 'Ordaindu aurretik',
  disclosureBilledToYou:
    'Zure kreditu-txartelarekin ordainduko duzu. Zuri fakturatuko zaizu, ez zure erakundeari, eta zu zara ordainketaren arduraduna, erosketa-baldintzen arabera.',
  disclosureRenews: 'Harpidetza automatikoki berrituko da bertan behera uzten duzun arte.',
  disclosurePrices:
    'Baliteke prezioak bat ez etortzea zure erakundeak modu zentralizatuan edo bazkide baten bidez erostean ordaintzen dituenekin.',
  disclosureAdminSees:
    'Zure informatika-administratzaileak erosketa hau ikus dezake. Administratzaile batek modu zentralizatuan erositako lizentziak esleitu diezazkieke erabiltzen duten pertsonei, eta gero zuri eskatu harpidetza bertan behera uzteko.',
  disclosureDataOwner: (product: string) =>
    `Zure erakundea da ${product} produktuan sortutako datuen jabea, eta berak kontrolatzen ditu.`,
  disclosureData:
    'Erosketa prozesatzeko, zure izena, helbide elektronikoa eta IP helbidea erabiltzen dira, baita zure erakundearen maizterraren eta erabiltzailearen IDak ere.',
  seatsSubmit: 'Jarraitu ordainketara',
  seatsSubmitting: 'Ordainketa prestatzen…',
  seatsErrorEmpty: 'Idatzi lizentzia kopurua.',
  seatsErrorWhole: 'Idatzi zenbaki oso bat; adibidez, 3.',
  seatsErrorMin: (min: number) => `Erosi gutxienez ${min}.`,
  seatsErrorMax: (max: number) => `Hemen gehienez ${max} eros ditzakezu.`,

  // Trial
  trialTitle: (product: string) => `Probatu ${product} doan`,
  trialIntro: (days: number) =>
    `Zure erakundeak doako probak baimentzen ditu. Hasi ${days} eguneko proba; ez duzu kreditu-txartelik behar.`,
  trialSubmit: 'Hasi doako proba',
  trialStarting: 'Proba hasten…',

  // Payment step
  paymentTitle: 'Ordaindu txartelarekin',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('eu', count, {
      one: `${product} produktuaren lizentzia 1: ${amount}`,
      other: `${product} produktuaren ${count} lizentzia: ${amount}`,
    }),
  paymentCardOnly: 'Kreditu-txartela da ordainketa-metodo bakarra.',
  paymentLoading: 'Ordainketa-inprimaki segurua kargatzen…',
  paymentSubmit: (amount: string) => `Ordaindu ${amount}`,
  paymentPaying: 'Ordaintzen…',
  paymentBack: 'Aldatu lizentziak',
  paymentNotTwice: 'Ez zaizu bi aldiz kobratuko.',

  // Processing
  processingTitle: 'Ordainketa berresten…',
  processingSlow:
    'Ordainketaren egoera egiaztatzen ari gara oraindik. Minutu bat behar izan dezake. Ez zaizu bi aldiz kobratuko, eta leiho hau itxi eta geroago itzul zaitezke.',

  // Complete
  completeTitle: 'Dena prest',
  completeTrialTitle: 'Proba hasi da',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('eu', count, {
      one: `${product} produktuaren lizentzia 1 erosi duzu, guztira ${amount}.`,
      other: `${product} produktuaren ${count} lizentzia erosi dituzu, guztira ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('eu', count, {
      one: `${product} produktuaren lizentzia 1 gehitu duzu, guztira ${amount}.`,
      other: `${product} produktuaren ${count} lizentzia gehitu dituzu, guztira ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `${product} probatu dezakezu ${date} arte.`,
  completeStart: (product: string) => `Hasi ${product} erabiltzen`,
  completeAdmin: 'Esleitu lizentziak administrazio-zentroan',
  completeManage: 'Esleitu lizentziak orain',
  completeReceipt: 'Ordainagiria laneko helbide elektronikora bidaliko dizugu.',
  completeRenews:
    'Harpidetza automatikoki berrituko da bertan behera uzten duzun arte. Edonoiz esleitu ditzakezu lizentziak, lizentziak gehitu edo kendu, txartela eguneratu edo harpidetza bertan behera utzi.',
  completeTrialEnds: (product: string, date: string) =>
    `Proba data honetan amaituko da: ${date}. Orduan, ${product} produktuak funtzionatzeari utziko dio, erosten ez baduzu. Ez da ezer kobratuko.`,
  completeTerms: 'Erosketa-baldintzak',
  completeSupport: 'Microsoft-en laguntza estandarra',
  completeTraining: (product: string) => `${product} produktuari buruzko prestakuntza`,
  completeAdminHint:
    'Microsoft 365-eko administrazio-zentroan, zure erakundeko pertsonei lizentziak esleitu diezazkiekezu (gehienez 20 aldi berean), gehiago erosi, harpidetza bertan behera utzi, txartela eguneratu eta fakturak ikusi.',

  // Ineligible
  ineligibleTitle: 'Ezin duzu zuk zeuk erosi',
  reasonPersonalEmail:
    'Erabili laneko edo eskolako helbide elektronikoa. Helbide elektroniko pertsonalekin ezin da erosi erakunde baten izenean.',
  reasonNoTenant: 'Ez dugu aurkitu helbide elektroniko honen domeinua Microsoft-ekin erabiltzen duen erakunderik.',
  reasonUnmanagedTenant:
    'Zure erakundearen Microsoft Entra maizterrak ez du administratzailerik oraindik. Administratzaile batek maizterra bere gain hartu behar du inork erosi ahal izan aurretik.',
  reasonGovernmentTenant: 'Autozerbitzuko erosketa ez dago erabilgarri gobernu-erakundeentzat.',
  reasonEducationTenant: 'Autozerbitzuko erosketa ez dago erabilgarri hezkuntza-erakundeentzat.',
  reasonGuestUser: 'Erakunde honetan gonbidatu gisa hasi duzu saioa. Erakundeko kideek bakarrik eros dezakete.',
  reasonMarketUnavailable: (product: string) =>
    `${product} ezin da autozerbitzu bidez erosi zure erakundearen herrialdean edo eskualdean.`,
  reasonDisabledByAdmin: (product: string) =>
    `Zure informatika-administratzaileak ${product} produktuaren autozerbitzuko erosketa desgaitu du.`,
  reasonTrialsOnly: (product: string) =>
    `Zure informatika-administratzaileak ordainketa-metodorik gabeko doako probak soilik onartzen ditu, eta ${product} produktuak ez du halakorik.`,
  ineligibleContact: 'Jarri harremanetan zure informatika-administratzailearekin lortzeko.',
  ineligibleAdminMessage: (organization: string) => `${organization} erakundearen mezua:`,
  ineligibleAdminLink: 'Ireki zure erakundearen eskaera-orria',
  licenseRequestLabel: 'Administratzailearentzako mezua (aukerakoa)',
  licenseRequestSubmit: 'Eskatu lizentzia bat administratzaileari',
  licenseRequestSending: 'Bidaltzen…',
  licenseRequestSent: 'Eskaera administratzaileari bidali zaio.',

  // Errors
  errorTitle: 'Arazo bat izan da',
  retry: 'Saiatu berriro',
  startOver: 'Hasi berriro',
  errorOffline: 'Ez zaude konektatuta. Egiaztatu konexioa eta saiatu berriro.',
  errorTimeout: 'Ordainketa-zerbitzuak gehiegi behar izan du erantzuteko. Saiatu berriro.',
  errorRateLimited: (seconds: number) =>
    plural('eu', seconds, {
      one: 'Saiakera gehiegi. Saiatu berriro segundo 1 barru.',
      other: `Saiakera gehiegi. Saiatu berriro ${seconds} segundo barru.`,
    }),
  errorServer: 'Arazo bat izan da gure aldean. Saiatu berriro.',
  errorUnavailable: 'Ordainketa-zerbitzua ez dago erabilgarri une honetan. Saiatu berriro geroxeago.',
  errorBadResponse: 'Ulertzen ez dugun erantzun bat jaso dugu. Saiatu berriro.',
  errorSession: 'Saioa iraungi egin da. Hasi saioa berriro.',
  errorQuantity: 'Ezin da lizentzia kopuru hori erosi. Aldatu eta saiatu berriro.',
  errorNotEligible: 'Zure kontuak ezin du produktu hau erosi.',
  errorUnknown: 'Arazo bat izan da. Saiatu berriro.',
  errorPopupBlocked:
    'Arakatzaileak saioa hasteko leihoa blokeatu du. Baimendu leiho gainerakorrak orri honetan, edo saiatu berriro.',
  errorSignInCancelled: 'Saio-hasiera bertan behera utzi da. Hasi saioa jarraitzeko.',
  errorSignInBusy: 'Beste saio-hasiera bat irekita dago orri honetan. Amaitu edo itxi, eta saiatu berriro.',
  errorSignInFailed: 'Ezin izan da saioa hasi. Saiatu berriro.',
  errorAccountMismatch:
    'Idatzi duzun helbide elektronikoaz bestelako kontu batekin hasi duzu saioa. Hasi saioa helbide horrekin, edo erabili beste bat.',
  errorCardDeclined:
    'Txartela baztertu egin da. Saiatu beste txartel batekin, edo jarri harremanetan zure bankuarekin.',
  errorInsufficientFunds: 'Txartelak ez du funts nahikorik. Saiatu beste txartel batekin.',
  errorExpiredCard: 'Txartela iraungita dago. Egiaztatu iraungitze-data, edo erabili beste txartel bat.',
  errorIncorrectCvc: 'Segurtasun-kodea ez da zuzena. Egiaztatu txartelaren atzealdeko kodea.',
  errorAuthenticationFailed:
    'Bankuak ezin izan du ordainketa egiaztatu. Saiatu berriro, edo erabili beste txartel bat.',
  errorProcessing: 'Ezin izan da txartela prozesatu. Saiatu berriro geroxeago.',
  errorIncomplete: 'Osatu txartelaren xehetasunak.',
  errorPaymentLoad: 'Ezin izan da ordainketa-inprimaki segurua kargatu. Egiaztatu konexioa eta saiatu berriro.',
  errorPaymentExpired: 'Ordainketa iraungi egin da osatu aurretik. Hasi berriro; ez zaizu ezer kobratu.',
  errorPaymentFailed: 'Ordainketa ez da egin, eta ez zaizu ezer kobratu. Saiatu berriro hasieratik.',
} satisfies FlowCatalog;
