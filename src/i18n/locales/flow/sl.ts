import { plural } from '../../plural.js';
import type { FlowCatalog } from './en.js';

export const sl = {
  // Sign-in step
  signInTitle: 'Za nadaljevanje se vpišite',
  signInIntro: (email: string, organization: string) =>
    `Vpišite se kot ${email} z računom organizacije ${organization}. Odpre se Microsoftovo okno za vpis.`,
  signInButton: 'Vpis',
  signInPreparing: 'Pripravljanje vpisa…',
  signInBusy: 'Vpisovanje…',
  signInRedirecting: 'Brskalnik je blokiral okno za vpis, zato vas preusmerjamo na stran za vpis…',
  signInCancel: 'Prekliči',
  signInReopen: 'Znova odpri okno za vpis',
  signInStalled: 'Še vedno čakamo na vpis. Če ste okno za vpis zaprli, ga znova odprite ali prekličite.',
  useDifferentEmail: 'Uporabi drug e-poštni naslov',

  // Checking
  checkingTitle: 'Preverjamo, kaj lahko kupite…',

  // Seat step
  seatsTitle: 'Koliko licenc?',
  seatsTitleAdd: 'Dodajanje licenc',
  seatsExisting: (count: number, product: string) =>
    plural('sl', count, {
      one: `Že imate ${count} licenco za ${product}.`,
      two: `Že imate ${count} licenci za ${product}.`,
      few: `Že imate ${count} licence za ${product}.`,
      other: `Že imate ${count} licenc za ${product}.`,
    }),
  seatsLabel: 'Število licenc',
  seatsHint: (min: number, max: number) => `Od ${min} do ${max}. Pozneje jih dodelite sodelavcem.`,
  seatsDecrease: 'Ena licenca manj',
  seatsIncrease: 'Ena licenca več',
  planLegend: 'Obračunavanje',
  planMonthly: (price: string) => `Mesečno: ${price} na licenco na mesec`,
  planYearly: (price: string) => `Letno: ${price} na licenco na leto`,
  totalLabel: 'Skupaj',
  totalMonthly: (amount: string) => `${amount} na mesec`,
  totalYearly: (amount: string) => `${amount} na leto`,
  taxExclusive: 'Davki se obračunajo dodatno.',
  taxInclusive: 'Davek je vključen.',
  disclosuresTitle: 'Preden plačate',
  disclosureBilledToYou:
    'Plačate s svojo kreditno kartico. Račun prejmete vi, ne vaša organizacija, in za plačilo ste odgovorni v skladu s pogoji nakupa.',
  disclosureRenews: 'Naročnina se samodejno podaljšuje, dokler je ne prekličete.',
  disclosurePrices:
    'Cene se lahko razlikujejo od cen, ki jih vaša organizacija plača ob centralnem nakupu ali prek partnerja.',
  disclosureAdminSees:
    'Vaš skrbnik za IT vidi ta nakup. Skrbnik lahko uporabnikom izdelka dodeli centralno kupljene licence in vas nato prosi, da naročnino prekličete.',
  disclosureDataOwner: (product: string) =>
    `Podatki, ustvarjeni v izdelku ${product}, so v lasti in pod nadzorom vaše organizacije.`,
  disclosureData:
    'Za obdelavo nakupa se uporabijo vaše ime, e-poštni naslov, naslov IP ter ID-ja najemnika in uporabnika vaše organizacije.',
  seatsSubmit: 'Nadaljuj na plačilo',
  seatsSubmitting: 'Pripravljanje plačila…',
  seatsErrorEmpty: 'Vnesite število licenc.',
  seatsErrorWhole: 'Vnesite celo število, na primer 3.',
  seatsErrorMin: (min: number) => `Kupite vsaj ${min}.`,
  seatsErrorMax: (max: number) => `Tukaj lahko kupite največ ${max}.`,

  // Trial
  trialTitle: (product: string) => `Brezplačno preskusite ${product}`,
  trialIntro: (days: number) =>
    `Vaša organizacija dovoljuje brezplačne preskuse. Začnite ${days}-dnevni preskus; kreditna kartica ni potrebna.`,
  trialSubmit: 'Začni brezplačni preskus',
  trialStarting: 'Začenjanje preskusa…',

  // Payment step
  paymentTitle: 'Plačilo s kartico',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('sl', count, {
      one: `${count} licenca za ${product}: ${amount}`,
      two: `${count} licenci za ${product}: ${amount}`,
      few: `${count} licence za ${product}: ${amount}`,
      other: `${count} licenc za ${product}: ${amount}`,
    }),
  paymentCardOnly: 'Kreditna kartica je edini način plačila.',
  paymentLoading: 'Nalaganje varnega obrazca za plačilo…',
  paymentSubmit: (amount: string) => `Plačaj ${amount}`,
  paymentPaying: 'Plačevanje…',
  paymentBack: 'Spremeni licence',
  paymentNotTwice: 'Dvakrat ne boste bremenjeni.',

  // Processing
  processingTitle: 'Potrjevanje plačila…',
  processingSlow:
    'Še vedno preverjamo stanje plačila. To lahko traja minuto. Dvakrat ne boste bremenjeni, to okno pa lahko zaprete in se vrnete pozneje.',

  // Complete
  completeTitle: 'Vse je pripravljeno',
  completeTrialTitle: 'Vaš preskus se je začel',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('sl', count, {
      one: `Kupili ste ${count} licenco za ${product} v znesku ${amount}.`,
      two: `Kupili ste ${count} licenci za ${product} v znesku ${amount}.`,
      few: `Kupili ste ${count} licence za ${product} v znesku ${amount}.`,
      other: `Kupili ste ${count} licenc za ${product} v znesku ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('sl', count, {
      one: `Dodali ste ${count} licenco za ${product} v znesku ${amount}.`,
      two: `Dodali ste ${count} licenci za ${product} v znesku ${amount}.`,
      few: `Dodali ste ${count} licence za ${product} v znesku ${amount}.`,
      other: `Dodali ste ${count} licenc za ${product} v znesku ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `${product} lahko preskušate do ${date}.`,
  completeStart: (product: string) => `Začnite uporabljati ${product}`,
  completeAdmin: 'Dodelite licence v skrbniškem središču',
  completeManage: 'Dodeli licence zdaj',
  completeReceipt: 'Potrdilo o plačilu je na poti na vaš službeni e-poštni naslov.',
  completeRenews:
    'Naročnina se samodejno podaljšuje, dokler je ne prekličete. Kadar koli lahko dodelite licence, dodate ali odstranite licence, posodobite kartico ali prekličete naročnino.',
  completeTrialEnds: (product: string, date: string) =>
    `Ko se preskus ${date} konča, ${product} preneha delovati, razen če ga kupite. Nič vam ne bomo zaračunali.`,
  completeTerms: 'Pogoji nakupa',
  completeSupport: 'Standardna podpora Microsofta',
  completeTraining: (product: string) => `Usposabljanje za ${product}`,
  completeAdminHint:
    'V skrbniškem središču Microsoft 365 lahko dodelite licence osebam v svoji organizaciji (do 20 hkrati), kupite dodatne, prekličete naročnino, posodobite kartico in si ogledate račune.',

  // Ineligible
  ineligibleTitle: 'Tega ne morete kupiti sami',
  reasonPersonalEmail:
    'Uporabite službeni ali šolski e-poštni naslov. Z osebnimi e-poštnimi naslovi ni mogoče kupovati za organizacijo.',
  reasonNoTenant: 'Nismo našli organizacije, ki pri Microsoftu uporablja domeno tega e-poštnega naslova.',
  reasonUnmanagedTenant:
    'Najemnik Microsoft Entra vaše organizacije še nima skrbnika. Preden lahko kdorkoli kupuje, mora skrbnik prevzeti najemnika.',
  reasonGovernmentTenant: 'Samopostrežni nakup ni na voljo za vladne organizacije.',
  reasonEducationTenant: 'Samopostrežni nakup ni na voljo za izobraževalne ustanove.',
  reasonGuestUser: 'V to organizacijo ste vpisani kot gost. Kupujejo lahko le njeni člani.',
  reasonMarketUnavailable: (product: string) =>
    `${product} v državi ali regiji vaše organizacije ni na voljo za samopostrežni nakup.`,
  reasonDisabledByAdmin: (product: string) => `Vaš skrbnik za IT je izklopil samopostrežni nakup izdelka ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Vaš skrbnik za IT dovoljuje le brezplačne preskuse brez načina plačila, za ${product} pa tak preskus ni na voljo.`,
  ineligibleContact: 'Za pridobitev se obrnite na skrbnika za IT.',
  ineligibleAdminMessage: (organization: string) => `Sporočilo organizacije ${organization}:`,
  ineligibleAdminLink: 'Odpri stran organizacije za zahteve',
  licenseRequestLabel: 'Sporočilo skrbniku (izbirno)',
  licenseRequestSubmit: 'Prosi skrbnika za licenco',
  licenseRequestSending: 'Pošiljanje…',
  licenseRequestSent: 'Vaša zahteva je bila poslana skrbniku.',

  // Errors
  errorTitle: 'Prišlo je do napake',
  retry: 'Poskusi znova',
  startOver: 'Začni znova',
  errorOffline: 'Niste povezani z internetom. Preverite povezavo in poskusite znova.',
  errorTimeout: 'Storitev za plačilo se ni odzvala pravočasno. Poskusite znova.',
  errorRateLimited: (seconds: number) =>
    plural('sl', seconds, {
      one: `Preveč poskusov. Poskusite znova čez ${seconds} sekundo.`,
      two: `Preveč poskusov. Poskusite znova čez ${seconds} sekundi.`,
      few: `Preveč poskusov. Poskusite znova čez ${seconds} sekunde.`,
      other: `Preveč poskusov. Poskusite znova čez ${seconds} sekund.`,
    }),
  errorServer: 'Na naši strani je prišlo do napake. Poskusite znova.',
  errorUnavailable: 'Storitev za plačilo trenutno ni na voljo. Poskusite znova čez nekaj trenutkov.',
  errorBadResponse: 'Prejeli smo odgovor, ki ga ne razumemo. Poskusite znova.',
  errorSession: 'Vaš vpis je potekel. Znova se vpišite.',
  errorQuantity: 'Tega števila licenc ni mogoče kupiti. Spremenite ga in poskusite znova.',
  errorNotEligible: 'Z vašim računom tega izdelka ni mogoče kupiti.',
  errorUnknown: 'Prišlo je do napake. Poskusite znova.',
  errorPopupBlocked: 'Brskalnik je blokiral okno za vpis. Dovolite pojavna okna za to stran ali poskusite znova.',
  errorSignInCancelled: 'Vpis je bil preklican. Za nadaljevanje se vpišite.',
  errorSignInBusy: 'Na tej strani je že odprt drug vpis. Dokončajte ga ali ga zaprite, nato poskusite znova.',
  errorSignInFailed: 'Vpis ni uspel. Poskusite znova.',
  errorAccountMismatch:
    'Vpisali ste se z drugim računom, kot je vneseni e-poštni naslov. Vpišite se s tem naslovom ali uporabite drugega.',
  errorCardDeclined: 'Vaša kartica je bila zavrnjena. Poskusite z drugo kartico ali se obrnite na banko.',
  errorInsufficientFunds: 'Na kartici ni dovolj sredstev. Poskusite z drugo kartico.',
  errorExpiredCard: 'Vaša kartica je potekla. Preverite datum poteka ali uporabite drugo kartico.',
  errorIncorrectCvc: 'Varnostna koda je napačna. Preverite kodo na hrbtni strani kartice.',
  errorAuthenticationFailed: 'Vaša banka ni mogla preveriti plačila. Poskusite znova ali uporabite drugo kartico.',
  errorProcessing: 'Vaše kartice ni bilo mogoče obdelati. Poskusite znova čez nekaj trenutkov.',
  errorIncomplete: 'Izpolnite podatke o kartici.',
  errorPaymentLoad: 'Varnega obrazca za plačilo ni bilo mogoče naložiti. Preverite povezavo in poskusite znova.',
  errorPaymentExpired: 'Plačilo je poteklo, preden je bilo dokončano. Začnite znova; nič vam ni bilo zaračunano.',
  errorPaymentFailed: 'Plačilo ni uspelo in nič vam ni bilo zaračunano. Za ponoven poskus začnite znova.',
} satisfies FlowCatalog;
