import { plural } from '../../plural.js';
import type { FlowCatalog } from './en.js';

export const et = {
  // Sign-in step
  signInTitle: 'Jätkamiseks logige sisse',
  signInIntro: (email: string, organization: string) =>
    `Logige sisse kasutajana ${email}, kasutades organisatsiooni ${organization} kontot. Avaneb Microsofti sisselogimisaken.`,
  signInButton: 'Logi sisse',
  signInPreparing: 'Sisselogimise ettevalmistamine…',
  signInBusy: 'Sisselogimine…',
  signInRedirecting: 'Teie brauser blokeeris sisselogimisakna, seega suuname teid hoopis sisselogimislehele…',
  signInCancel: 'Loobu',
  signInReopen: 'Ava sisselogimisaken uuesti',
  signInStalled: 'Ootame endiselt sisselogimist. Kui sulgesite sisselogimisakna, avage see uuesti või loobuge.',
  useDifferentEmail: 'Kasuta muud meiliaadressi',

  // Checking
  checkingTitle: 'Kontrollime, mida saate osta…',

  // Seat step
  seatsTitle: 'Mitu litsentsi?',
  seatsTitleAdd: 'Lisa litsentse',
  seatsExisting: (count: number, product: string) =>
    plural('et', count, {
      one: `Teil on juba 1 ${product} litsents.`,
      other: `Teil on juba ${count} ${product} litsentsi.`,
    }),
  seatsLabel: 'Litsentside arv',
  seatsHint: (min: number, max: number) => `${min}–${max}. Hiljem saate need kolleegidele määrata.`,
  seatsDecrease: 'Üks litsents vähem',
  seatsIncrease: 'Üks litsents rohkem',
  planLegend: 'Arveldus',
  planMonthly: (price: string) => `Igakuine: ${price} litsentsi kohta kuus`,
  planYearly: (price: string) => `Iga-aastane: ${price} litsentsi kohta aastas`,
  totalLabel: 'Kokku',
  totalMonthly: (amount: string) => `${amount} kuus`,
  totalYearly: (amount: string) => `${amount} aastas`,
  taxExclusive: 'Lisanduvad kohalduvad maksud.',
  taxInclusive: 'Maksud sisalduvad hinnas.',
  disclosuresTitle: 'Enne maksmist',
  disclosureBilledToYou:
    'Maksate oma krediitkaardiga. Arve esitatakse teile, mitte teie organisatsioonile, ja vastutate ostutingimuste kohaselt makse eest.',
  disclosureRenews: 'Tellimus uueneb automaatselt, kuni selle tühistate.',
  disclosurePrices:
    'Hinnad võivad erineda sellest, mida teie organisatsioon maksab tsentraalselt või partneri kaudu ostes.',
  disclosureAdminSees:
    'Teie IT-administraator näeb seda ostu. Administraator võib määrata tsentraalselt ostetud litsentsid toote kasutajatele ja seejärel paluda teil tellimus tühistada.',
  disclosureDataOwner: (product: string) =>
    `Tootes ${product} loodud andmed kuuluvad teie organisatsioonile ja on selle kontrolli all.`,
  disclosureData:
    'Ostu töötlemiseks kasutatakse teie nime, meiliaadressi, IP-aadressi ning teie organisatsiooni rentniku ja kasutaja ID-sid.',
  seatsSubmit: 'Jätka maksmisega',
  seatsSubmitting: 'Makse ettevalmistamine…',
  seatsErrorEmpty: 'Sisestage litsentside arv.',
  seatsErrorWhole: 'Sisestage täisarv, näiteks 3.',
  seatsErrorMin: (min: number) => `Ostke vähemalt ${min}.`,
  seatsErrorMax: (max: number) => `Siin saate osta kuni ${max}.`,

  // Trial
  trialTitle: (product: string) => `Proovige toodet ${product} tasuta`,
  trialIntro: (days: number) =>
    `Teie organisatsioon lubab tasuta prooviversioone. Alustage ${days}-päevast prooviversiooni; krediitkaarti pole vaja.`,
  trialSubmit: 'Alusta tasuta prooviversiooni',
  trialStarting: 'Prooviversiooni alustamine…',

  // Payment step
  paymentTitle: 'Makske kaardiga',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('et', count, {
      one: `1 ${product} litsents: ${amount}`,
      other: `${count} ${product} litsentsi: ${amount}`,
    }),
  paymentCardOnly: 'Krediitkaart on ainus makseviis.',
  paymentLoading: 'Turvalise maksevormi laadimine…',
  paymentSubmit: (amount: string) => `Maksa ${amount}`,
  paymentPaying: 'Maksmine…',
  paymentBack: 'Muuda litsentse',
  paymentNotTwice: 'Teilt ei võeta tasu kaks korda.',

  // Processing
  processingTitle: 'Makse kinnitamine…',
  processingSlow:
    'Kontrollime endiselt makse olekut. See võib võtta minuti. Teilt ei võeta tasu kaks korda ning võite selle akna sulgeda ja hiljem naasta.',

  // Complete
  completeTitle: 'Kõik on valmis',
  completeTrialTitle: 'Teie prooviversioon algas',
  completeSummary: (count: number, product: string, amount: string) =>
    `Ostsite ${count} ${product} litsentsi hinnaga ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Lisasite ${count} ${product} litsentsi hinnaga ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Saate toodet ${product} proovida kuni ${date}.`,
  completeStart: (product: string) => `Alusta toote ${product} kasutamist`,
  completeAdmin: 'Määra litsentsid halduskeskuses',
  completeManage: 'Määra litsentsid kohe',
  completeReceipt: 'Kviitung saadetakse teie töömeiliaadressile.',
  completeRenews:
    'Tellimus uueneb automaatselt, kuni selle tühistate. Saate igal ajal litsentse määrata, lisada või eemaldada, oma kaarti värskendada või tellimuse tühistada.',
  completeTrialEnds: (product: string, date: string) =>
    `Kui prooviversioon ${date} lõpeb, lakkab ${product} töötamast, kui te seda ei osta. Tasu ei võeta.`,
  completeTerms: 'Ostutingimused',
  completeSupport: 'Microsofti standardtugi',
  completeTraining: (product: string) => `${product} koolitus`,
  completeAdminHint:
    'Microsoft 365 halduskeskuses saate määrata litsentse oma organisatsiooni inimestele (korraga kuni 20), osta juurde, tühistada tellimuse, värskendada kaarti ja vaadata arveid.',

  // Ineligible
  ineligibleTitle: 'Te ei saa seda ise osta',
  reasonPersonalEmail:
    'Kasutage oma töö- või koolimeiliaadressi. Isiklike meiliaadressidega ei saa organisatsioonile osta.',
  reasonNoTenant: 'Me ei leidnud organisatsiooni, mis kasutaks selle meiliaadressi domeeni Microsoftis.',
  reasonUnmanagedTenant:
    'Teie organisatsiooni Microsoft Entra rentnikul pole veel administraatorit. Enne kui keegi saab osta, peab administraator rentniku üle võtma.',
  reasonGovernmentTenant: 'Iseteenindusost pole valitsusasutustele saadaval.',
  reasonEducationTenant: 'Iseteenindusost pole haridusasutustele saadaval.',
  reasonGuestUser: 'Olete sellesse organisatsiooni sisse logitud külalisena. Osta saavad ainult selle enda liikmed.',
  reasonMarketUnavailable: (product: string) =>
    `Toodet ${product} ei saa teie organisatsiooni riigis või piirkonnas iseteeninduse kaudu osta.`,
  reasonDisabledByAdmin: (product: string) =>
    `Teie IT-administraator on toote ${product} iseteenindusostu välja lülitanud.`,
  reasonTrialsOnly: (product: string) =>
    `Teie IT-administraator lubab ainult tasuta prooviversioone ilma makseviisita, kuid tootel ${product} seda pole.`,
  ineligibleContact: 'Selle saamiseks võtke ühendust oma IT-administraatoriga.',
  ineligibleAdminMessage: (organization: string) => `Sõnum organisatsioonilt ${organization}:`,
  ineligibleAdminLink: 'Ava oma organisatsiooni taotlusleht',
  licenseRequestLabel: 'Sõnum administraatorile (valikuline)',
  licenseRequestSubmit: 'Küsi administraatorilt litsentsi',
  licenseRequestSending: 'Saatmine…',
  licenseRequestSent: 'Teie taotlus saadeti administraatorile.',

  // Errors
  errorTitle: 'Midagi läks valesti',
  retry: 'Proovi uuesti',
  startOver: 'Alusta otsast',
  errorOffline: 'Teil pole võrguühendust. Kontrollige ühendust ja proovige uuesti.',
  errorTimeout: 'Makseteenus ei vastanud piisavalt kiiresti. Proovige uuesti.',
  errorRateLimited: (seconds: number) => `Liiga palju katseid. Proovige uuesti ${seconds} sekundi pärast.`,
  errorServer: 'Meie poolel läks midagi valesti. Proovige uuesti.',
  errorUnavailable: 'Makseteenus pole praegu saadaval. Proovige hetke pärast uuesti.',
  errorBadResponse: 'Saime vastuse, millest me aru ei saanud. Proovige uuesti.',
  errorSession: 'Teie sisselogimine on aegunud. Logige uuesti sisse.',
  errorQuantity: 'Sellist litsentside arvu ei saa osta. Muutke seda ja proovige uuesti.',
  errorNotEligible: 'Teie konto ei saa seda toodet osta.',
  errorUnknown: 'Midagi läks valesti. Proovige uuesti.',
  errorPopupBlocked: 'Teie brauser blokeeris sisselogimisakna. Lubage sellel lehel hüpikaknad või proovige uuesti.',
  errorSignInCancelled: 'Sisselogimine katkestati. Jätkamiseks logige sisse.',
  errorSignInBusy: 'Sellel lehel on juba avatud teine sisselogimine. Lõpetage või sulgege see ja proovige siis uuesti.',
  errorSignInFailed: 'Sisselogimine ei õnnestunud. Proovige uuesti.',
  errorAccountMismatch:
    'Logisite sisse muu kontoga kui sisestatud meiliaadress. Logige sisse selle aadressiga või kasutage muud.',
  errorCardDeclined: 'Teie kaart lükati tagasi. Proovige muud kaarti või võtke ühendust oma pangaga.',
  errorInsufficientFunds: 'Teie kaardil pole piisavalt raha. Proovige muud kaarti.',
  errorExpiredCard: 'Teie kaart on aegunud. Kontrollige kehtivusaega või kasutage muud kaarti.',
  errorIncorrectCvc: 'Turvakood on vale. Kontrollige kaardi tagaküljel olevat koodi.',
  errorAuthenticationFailed: 'Teie pank ei saanud makset kinnitada. Proovige uuesti või kasutage muud kaarti.',
  errorProcessing: 'Teie kaarti ei saanud töödelda. Proovige hetke pärast uuesti.',
  errorIncomplete: 'Sisestage kõik kaardiandmed.',
  errorPaymentLoad: 'Turvalist maksevormi ei saanud laadida. Kontrollige ühendust ja proovige uuesti.',
  errorPaymentExpired: 'Makse aegus enne lõpuleviimist. Alustage otsast; teilt pole tasu võetud.',
  errorPaymentFailed: 'Makse ei läinud läbi ja teilt pole tasu võetud. Uuesti proovimiseks alustage otsast.',
} satisfies FlowCatalog;
