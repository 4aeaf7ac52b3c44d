import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

// Slovak typography: „…“ quotes, and a no-break space (\u00a0) after one-letter words (a, i, k, o, s, u, v, z),
// so they never end a line. The plural form `many` is Slovak's form for decimals (1,5 licencie).
export const sk = {
  // Sign-in step
  signInTitle: 'Ak chcete pokračovať, prihláste sa',
  signInIntro: (email: string, organization: string) =>
    `Prihláste sa ako ${email} kontom organizácie ${organization}. Otvorí sa prihlasovacie okno Microsoft.`,
  signInButton: 'Prihlásiť sa',
  signInPreparing: 'Pripravuje sa prihlásenie…',
  signInBusy: 'Prihlasuje sa…',
  signInRedirecting: 'Prehliadač zablokoval prihlasovacie okno, preto vás presmerujeme na prihlasovaciu stránku…',
  signInCancel: 'Zrušiť',
  signInReopen: 'Znova otvoriť prihlasovacie okno',
  signInStalled:
    'Stále čakáme na prihlásenie. Ak je prihlasovacie okno zatvorené, otvorte ho znova alebo prihlásenie zrušte.',
  useDifferentEmail: 'Použiť iný e-mail',

  // Checking
  checkingTitle: 'Zisťujeme, čo si môžete kúpiť…',

  // Seat step
  seatsTitle: 'Koľko licencií?',
  seatsTitleAdd: 'Pridať licencie',
  seatsExisting: (count: number, product: string) =>
    plural('sk', count, {
      one: `Už máte ${count} licenciu pre ${product}.`,
      few: `Už máte ${count} licencie pre ${product}.`,
      many: `Už máte ${count} licencie pre ${product}.`,
      other: `Už máte ${count} licencií pre ${product}.`,
    }),
  seatsLabel: 'Počet licencií',
  seatsHint: (min: number, max: number) => `Od ${min} do ${max}. Potom ich priraďte kolegom.`,
  seatsDecrease: 'O\u00a0jednu licenciu menej',
  seatsIncrease: 'O\u00a0jednu licenciu viac',
  planLegend: 'Fakturačné obdobie',
  planMonthly: (price: string) => `Mesačne: ${price} za licenciu a\u00a0mesiac`,
  planYearly: (price: string) => `Ročne: ${price} za licenciu a\u00a0rok`,
  totalLabel: 'Spolu',
  totalMonthly: (amount: string) => `${amount} mesačne`,
  totalYearly: (amount: string) => `${amount} ročne`,
  taxExclusive: 'Plus príslušná daň.',
  taxInclusive: 'Vrátane dane.',
  disclosuresTitle: 'Pred platbou',
  disclosureBilledToYou:
    'Platíte vlastnou kreditnou kartou. Platba sa účtuje vám, nie vašej organizácii, a\u00a0za platbu podľa podmienok nákupu zodpovedáte vy.',
  disclosureRenews: 'Predplatné sa automaticky obnovuje, kým ho nezrušíte.',
  disclosurePrices:
    'Ceny sa môžu líšiť od cien, ktoré vaša organizácia platí pri centrálnom nákupe alebo cez partnera.',
  disclosureAdminSees:
    'Váš správca IT tento nákup uvidí. Správca môže používateľom tohto predplatného priradiť centrálne kúpené licencie a\u00a0potom vás požiadať o\u00a0jeho zrušenie.',
  disclosureDataOwner: (product: string) =>
    `Údaje vytvorené v\u00a0${product} vlastní a\u00a0spravuje vaša organizácia.`,
  disclosureData:
    'Na spracovanie nákupu sa použije vaše meno, e-mailová adresa, IP adresa a\u00a0ID nájomníka a\u00a0používateľa vašej organizácie.',
  seatsSubmit: 'Pokračovať na platbu',
  seatsSubmitting: 'Pripravuje sa platba…',
  seatsErrorEmpty: 'Zadajte počet licencií.',
  seatsErrorWhole: 'Zadajte celé číslo, napríklad 3.',
  seatsErrorMin: (min: number) => `Kúpte aspoň ${min}.`,
  seatsErrorMax: (max: number) => `Tu môžete kúpiť najviac ${max}.`,

  // Trial
  trialTitle: (product: string) => `Vyskúšajte ${product} zadarmo`,
  trialIntro: (days: number) =>
    `Vaša organizácia povoľuje bezplatné skúšobné verzie. Spustite ${days}-dňovú skúšobnú verziu; kreditná karta nie je potrebná.`,
  trialSubmit: 'Spustiť bezplatnú skúšobnú verziu',
  trialStarting: 'Spúšťa sa skúšobná verzia…',

  // Payment step
  paymentTitle: 'Zaplatiť kartou',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('sk', count, {
      one: `${count} licencia pre ${product}: ${amount}`,
      few: `${count} licencie pre ${product}: ${amount}`,
      many: `${count} licencie pre ${product}: ${amount}`,
      other: `${count} licencií pre ${product}: ${amount}`,
    }),
  paymentCardOnly: 'Jediným spôsobom platby je kreditná karta.',
  paymentLoading: 'Načítava sa zabezpečený platobný formulár…',
  paymentSubmit: (amount: string) => `Zaplatiť ${amount}`,
  paymentPaying: 'Prebieha platba…',
  paymentBack: 'Zmeniť licencie',
  paymentNotTwice: 'Platba sa vám nezaúčtuje dvakrát.',

  // Processing
  processingTitle: 'Potvrdzuje sa platba…',
  processingSlow:
    'Stále overujeme stav platby. Môže to trvať minútu. Platba sa vám nezaúčtuje dvakrát a\u00a0toto okno môžete zavrieť a\u00a0vrátiť sa neskôr.',

  // Complete
  completeTitle: 'Hotovo',
  completeTrialTitle: 'Skúšobná verzia sa začala',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('sk', count, {
      one: `Kúpili ste ${count} licenciu pre ${product} za ${amount}.`,
      few: `Kúpili ste ${count} licencie pre ${product} za ${amount}.`,
      many: `Kúpili ste ${count} licencie pre ${product} za ${amount}.`,
      other: `Kúpili ste ${count} licencií pre ${product} za ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('sk', count, {
      one: `Pridali ste ${count} licenciu pre ${product} za ${amount}.`,
      few: `Pridali ste ${count} licencie pre ${product} za ${amount}.`,
      many: `Pridali ste ${count} licencie pre ${product} za ${amount}.`,
      other: `Pridali ste ${count} licencií pre ${product} za ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `${product} môžete skúšať do ${date}.`,
  completeStart: (product: string) => `Začať používať ${product}`,
  completeAdmin: 'Priradiť licencie v\u00a0centre spravovania',
  completeManage: 'Priradiť licencie teraz',
  completeReceipt: 'Potvrdenie o\u00a0platbe vám príde na pracovný e-mail.',
  completeRenews:
    'Predplatné sa automaticky obnovuje, kým ho nezrušíte. Kedykoľvek môžete priraďovať licencie, pridávať alebo odoberať licencie, aktualizovať kartu alebo predplatné zrušiť.',
  completeTrialEnds: (product: string, date: string) =>
    `Keď sa skúšobná verzia ${date} skončí, ${product} prestane fungovať, ak si produkt nekúpite. Nič sa neúčtuje.`,
  completeTerms: 'Podmienky nákupu',
  completeSupport: 'Štandardná podpora od spoločnosti Microsoft',
  completeTraining: (product: string) => `Školenia k\u00a0${product}`,
  completeAdminHint:
    'V\u00a0Centre spravovania služby Microsoft 365 môžete priraďovať licencie ľuďom vo vašej organizácii (až 20 naraz), kupovať ďalšie, zrušiť predplatné, aktualizovať kartu a\u00a0zobraziť faktúry.',

  // Ineligible
  ineligibleTitle: 'Tento produkt si nemôžete kúpiť sami',
  reasonPersonalEmail:
    'Použite pracovný alebo školský e-mail. S\u00a0osobnou e-mailovou adresou sa nedá nakupovať pre organizáciu.',
  reasonNoTenant: 'Nenašli sme organizáciu, ktorá používa doménu tohto e-mailu so službami Microsoft.',
  reasonUnmanagedTenant:
    'Nájomník Microsoft Entra vašej organizácie zatiaľ nemá správcu. Skôr než bude môcť ktokoľvek nakupovať, musí nájomníka prevziať správca.',
  reasonGovernmentTenant: 'Samoobslužný nákup nie je k\u00a0dispozícii pre štátne inštitúcie.',
  reasonEducationTenant: 'Samoobslužný nákup nie je k\u00a0dispozícii pre vzdelávacie inštitúcie.',
  reasonGuestUser: 'Ste prihlásení ako hosť v\u00a0tejto organizácii. Nakupovať môžu len jej vlastní členovia.',
  reasonMarketUnavailable: (product: string) =>
    `${product} sa v\u00a0krajine alebo oblasti vašej organizácie nedá kúpiť samoobslužne.`,
  reasonDisabledByAdmin: (product: string) => `Váš správca IT vypol samoobslužný nákup produktu ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Váš správca IT povoľuje len bezplatné skúšobné verzie bez spôsobu platby a\u00a0${product} žiadnu nemá.`,
  ineligibleContact: 'Obráťte sa so žiadosťou na svojho správcu IT.',
  ineligibleAdminMessage: (organization: string) => `Správa od organizácie ${organization}:`,
  ineligibleAdminLink: 'Otvoriť stránku žiadostí vašej organizácie',
  licenseRequestLabel: 'Správa pre správcu (voliteľné)',
  licenseRequestSubmit: 'Požiadať správcu o\u00a0licenciu',
  licenseRequestSending: 'Odosiela sa…',
  licenseRequestSent: 'Vaša žiadosť bola odoslaná správcovi.',

  // Errors
  errorTitle: 'Niečo sa pokazilo',
  retry: 'Skúsiť znova',
  startOver: 'Začať odznova',
  errorOffline: 'Ste offline. Skontrolujte pripojenie a\u00a0skúste to znova.',
  errorTimeout: 'Služba pokladne odpovedala príliš dlho. Skúste to znova.',
  errorRateLimited: (seconds: number) =>
    plural('sk', seconds, {
      one: `Príliš veľa pokusov. Skúste to znova o\u00a0${seconds} sekundu.`,
      few: `Príliš veľa pokusov. Skúste to znova o\u00a0${seconds} sekundy.`,
      many: `Príliš veľa pokusov. Skúste to znova o\u00a0${seconds} sekundy.`,
      other: `Príliš veľa pokusov. Skúste to znova o\u00a0${seconds} sekúnd.`,
    }),
  errorServer: 'Na našej strane sa niečo pokazilo. Skúste to znova.',
  errorUnavailable: 'Služba pokladne je momentálne nedostupná. Skúste to znova o\u00a0chvíľu.',
  errorBadResponse: 'Dostali sme odpoveď, ktorej nerozumieme. Skúste to znova.',
  errorSession: 'Vaše prihlásenie vypršalo. Prihláste sa znova.',
  errorQuantity: 'Tento počet licencií sa nedá kúpiť. Zmeňte ho a\u00a0skúste to znova.',
  errorNotEligible: 'S\u00a0vaším kontom sa tento produkt nedá kúpiť.',
  errorUnknown: 'Niečo sa pokazilo. Skúste to znova.',
  errorPopupBlocked:
    'Prehliadač zablokoval prihlasovacie okno. Povoľte pre túto stránku automaticky otvárané okná alebo to skúste znova.',
  errorSignInCancelled: 'Prihlásenie sa zrušilo. Ak chcete pokračovať, prihláste sa.',
  errorSignInBusy:
    'Na tejto stránke už prebieha iné prihlásenie. Dokončite ho alebo ho zatvorte a\u00a0skúste to znova.',
  errorSignInFailed: 'Prihlásenie sa nepodarilo. Skúste to znova.',
  errorAccountMismatch:
    'Prihlásili ste sa iným kontom, než aké patrí k\u00a0zadanému e-mailu. Prihláste sa s\u00a0týmto e-mailom alebo použite iný.',
  errorCardDeclined: 'Vaša karta bola zamietnutá. Skúste inú kartu alebo sa obráťte na banku.',
  errorInsufficientFunds: 'Na karte nemáte dostatok prostriedkov. Skúste inú kartu.',
  errorExpiredCard: 'Platnosť karty vypršala. Skontrolujte dátum platnosti alebo použite inú kartu.',
  errorIncorrectCvc: 'Bezpečnostný kód je nesprávny. Skontrolujte kód na zadnej strane karty.',
  errorAuthenticationFailed: 'Banka nemohla overiť platbu. Skúste to znova alebo použite inú kartu.',
  errorProcessing: 'Platbu kartou sa nepodarilo spracovať. Skúste to znova o\u00a0chvíľu.',
  errorIncomplete: 'Doplňte údaje o\u00a0karte.',
  errorPaymentLoad:
    'Zabezpečený platobný formulár sa nepodarilo načítať. Skontrolujte pripojenie a\u00a0skúste to znova.',
  errorPaymentExpired: 'Platnosť platby vypršala skôr, ako sa dokončila. Začnite odznova; nič sa vám nezaúčtovalo.',
  errorPaymentFailed: 'Platba neprebehla a\u00a0nič sa vám nezaúčtovalo. Začnite odznova a\u00a0skúste to ešte raz.',
} satisfies FlowCatalog;
