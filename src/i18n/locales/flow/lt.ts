import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "licencija" after a count, as the subject (nominative). */
const licenses = (n: number) =>
  plural('lt', n, { one: 'licencija', few: 'licencijos', many: 'licencijos', other: 'licencijų' });
/** "licenciją" after a count, as the object of a verb (accusative). */
const licensesBought = (n: number) =>
  plural('lt', n, { one: 'licenciją', few: 'licencijas', many: 'licencijos', other: 'licencijų' });

export const lt = {
  // Sign-in step
  signInTitle: 'Prisijunkite, kad tęstumėte',
  signInIntro: (email: string, organization: string) =>
    `Prisijunkite kaip ${email} naudodami savo organizacijos ${organization} paskyrą. Atsidarys „Microsoft“ prisijungimo langas.`,
  signInButton: 'Prisijungti',
  signInPreparing: 'Ruošiamas prisijungimas…',
  signInBusy: 'Prisijungiama…',
  signInRedirecting: 'Naršyklė užblokavo prisijungimo langą, todėl nukreipiame jus į prisijungimo puslapį…',
  signInCancel: 'Atšaukti',
  signInReopen: 'Dar kartą atidaryti prisijungimo langą',
  signInStalled:
    'Vis dar laukiama prisijungimo. Jei uždarėte prisijungimo langą, atidarykite jį dar kartą arba atšaukite.',
  useDifferentEmail: 'Naudoti kitą el. pašto adresą',

  // Checking
  checkingTitle: 'Tikrinama, ką galite įsigyti…',

  // Seat step
  seatsTitle: 'Kiek licencijų?',
  seatsTitleAdd: 'Pridėti licencijų',
  seatsExisting: (count: number, product: string) => `Jau turite ${count} „${product}“ ${licensesBought(count)}.`,
  seatsLabel: 'Licencijų skaičius',
  seatsHint: (min: number, max: number) => `Nuo ${min} iki ${max}. Vėliau priskirkite jas kolegoms.`,
  seatsDecrease: 'Viena licencija mažiau',
  seatsIncrease: 'Viena licencija daugiau',
  planLegend: 'Atsiskaitymas',
  planMonthly: (price: string) => `Kas mėnesį: ${price} už licenciją per mėnesį`,
  planYearly: (price: string) => `Kas metus: ${price} už licenciją per metus`,
  totalLabel: 'Iš viso',
  totalMonthly: (amount: string) => `${amount} per mėnesį`,
  totalYearly: (amount: string) => `${amount} per metus`,
  taxExclusive: 'Pridedami taikomi mokesčiai.',
  taxInclusive: 'Mokesčiai įskaičiuoti.',
  disclosuresTitle: 'Prieš mokėdami',
  disclosureBilledToYou:
    'Mokate savo kredito kortele. Sąskaitos išrašomos jums, o ne jūsų organizacijai, ir jūs atsakote už mokėjimą pagal pirkimo sąlygas.',
  disclosureRenews: 'Prenumerata atnaujinama automatiškai, kol ją atšauksite.',
  disclosurePrices:
    'Kainos gali skirtis nuo tų, kurias moka jūsų organizacija, pirkdama centralizuotai arba per partnerį.',
  disclosureAdminSees:
    'Jūsų IT administratorius gali matyti šį pirkimą. Administratorius gali priskirti centralizuotai įsigytas licencijas produkto naudotojams, o tada paprašyti jūsų atšaukti prenumeratą.',
  disclosureDataOwner: (product: string) =>
    `Duomenys, sukurti naudojant ${product}, priklauso jūsų organizacijai ir ji juos valdo.`,
  disclosureData:
    'Pirkimui apdoroti naudojami jūsų vardas, el. pašto adresas, IP adresas ir jūsų organizacijos nuomotojo bei naudotojo ID.',
  seatsSubmit: 'Pereiti prie mokėjimo',
  seatsSubmitting: 'Ruošiamas mokėjimas…',
  seatsErrorEmpty: 'Įveskite licencijų skaičių.',
  seatsErrorWhole: 'Įveskite sveikąjį skaičių, pvz., 3.',
  seatsErrorMin: (min: number) => `Pirkite bent ${min}.`,
  seatsErrorMax: (max: number) => `Čia galite pirkti daugiausia ${max}.`,

  // Trial
  trialTitle: (product: string) => `Išbandykite ${product} nemokamai`,
  trialIntro: (days: number) =>
    `Jūsų organizacija leidžia naudoti nemokamas bandomąsias versijas. Pradėkite ${days} ${plural('lt', days, { one: 'dienos', few: 'dienų', many: 'dienos', other: 'dienų' })} bandomąją versiją – kredito kortelės nereikia.`,
  trialSubmit: 'Pradėti nemokamą bandomąją versiją',
  trialStarting: 'Pradedama bandomoji versija…',

  // Payment step
  paymentTitle: 'Mokėjimas kortele',
  paymentSummary: (count: number, product: string, amount: string) =>
    `${count} „${product}“ ${licenses(count)}: ${amount}`,
  paymentCardOnly: 'Kredito kortelė yra vienintelis mokėjimo būdas.',
  paymentLoading: 'Įkeliama saugi mokėjimo forma…',
  paymentSubmit: (amount: string) => `Mokėti ${amount}`,
  paymentPaying: 'Mokama…',
  paymentBack: 'Keisti licencijas',
  paymentNotTwice: 'Pinigai nebus nuskaičiuoti du kartus.',

  // Processing
  processingTitle: 'Tvirtinamas mokėjimas…',
  processingSlow:
    'Vis dar tikrinama mokėjimo būsena. Tai gali užtrukti minutę. Pinigai nebus nuskaičiuoti du kartus, o šį langą galite uždaryti ir grįžti vėliau.',

  // Complete
  completeTitle: 'Viskas paruošta',
  completeTrialTitle: 'Jūsų bandomoji versija pradėta',
  completeSummary: (count: number, product: string, amount: string) =>
    `Įsigijote ${count} „${product}“ ${licensesBought(count)} už ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Pridėjote ${count} „${product}“ ${licensesBought(count)} už ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `${product} galite išbandyti iki ${date}.`,
  completeStart: (product: string) => `Pradėti naudoti ${product}`,
  completeAdmin: 'Priskirti licencijas administravimo centre',
  completeManage: 'Priskirti licencijas dabar',
  completeReceipt: 'Kvitas siunčiamas į jūsų darbo el. paštą.',
  completeRenews:
    'Prenumerata atnaujinama automatiškai, kol ją atšauksite. Bet kada galite priskirti licencijas, pridėti ar pašalinti licencijas, atnaujinti kortelės duomenis arba atšaukti prenumeratą.',
  completeTrialEnds: (product: string, date: string) =>
    `Kai ${date} bandomoji versija baigsis, ${product} nustos veikti, jei jo neįsigysite. Nieko nenuskaičiuojama.`,
  completeTerms: 'Pirkimo sąlygos',
  completeSupport: 'Standartinis „Microsoft“ palaikymas',
  completeTraining: (product: string) => `„${product}“ mokymai`,
  completeAdminHint:
    '„Microsoft 365“ administravimo centre galite priskirti licencijas savo organizacijos žmonėms (iki 20 vienu metu), įsigyti daugiau, atšaukti prenumeratą, atnaujinti kortelę ir peržiūrėti sąskaitas faktūras.',

  // Ineligible
  ineligibleTitle: 'Negalite to įsigyti patys',
  reasonPersonalEmail:
    'Naudokite darbo arba mokymo įstaigos el. pašto adresą. Asmeniniais el. pašto adresais negalima pirkti organizacijos vardu.',
  reasonNoTenant: 'Neradome organizacijos, kuri naudotų šio el. pašto domeną su „Microsoft“.',
  reasonUnmanagedTenant:
    'Jūsų organizacijos „Microsoft Entra“ nuomotojas dar neturi administratoriaus. Kad kas nors galėtų pirkti, administratorius turi perimti nuomotoją.',
  reasonGovernmentTenant: 'Savitarnos pirkimas negalimas valstybės institucijoms.',
  reasonEducationTenant: 'Savitarnos pirkimas negalimas švietimo įstaigoms.',
  reasonGuestUser: 'Šioje organizacijoje esate prisijungę kaip svečias. Pirkti gali tik jos nariai.',
  reasonMarketUnavailable: (product: string) =>
    `${product} negalima įsigyti per savitarną jūsų organizacijos šalyje ar regione.`,
  reasonDisabledByAdmin: (product: string) => `Jūsų IT administratorius išjungė „${product}“ savitarnos pirkimą.`,
  reasonTrialsOnly: (product: string) =>
    `Jūsų IT administratorius leidžia tik nemokamas bandomąsias versijas be mokėjimo būdo, o ${product} jos neturi.`,
  ineligibleContact: 'Norėdami jį gauti, kreipkitės į savo IT administratorių.',
  ineligibleAdminMessage: (organization: string) => `Organizacijos ${organization} pranešimas:`,
  ineligibleAdminLink: 'Atidaryti organizacijos užklausų puslapį',
  licenseRequestLabel: 'Pranešimas administratoriui (neprivaloma)',
  licenseRequestSubmit: 'Paprašyti administratoriaus licencijos',
  licenseRequestSending: 'Siunčiama…',
  licenseRequestSent: 'Jūsų užklausa išsiųsta administratoriui.',

  // Errors
  errorTitle: 'Kažkas nepavyko',
  retry: 'Bandyti dar kartą',
  startOver: 'Pradėti iš naujo',
  errorOffline: 'Esate neprisijungę prie interneto. Patikrinkite ryšį ir bandykite dar kartą.',
  errorTimeout: 'Apmokėjimo paslauga per ilgai neatsakė. Bandykite dar kartą.',
  errorRateLimited: (seconds: number) =>
    `Per daug bandymų. Bandykite dar kartą po ${seconds} ${plural('lt', seconds, { one: 'sekundės', few: 'sekundžių', many: 'sekundės', other: 'sekundžių' })}.`,
  errorServer: 'Mūsų pusėje kažkas nepavyko. Bandykite dar kartą.',
  errorUnavailable: 'Apmokėjimo paslauga šiuo metu nepasiekiama. Po akimirkos bandykite dar kartą.',
  errorBadResponse: 'Gavome atsakymą, kurio nesupratome. Bandykite dar kartą.',
  errorSession: 'Jūsų prisijungimo laikas baigėsi. Prisijunkite dar kartą.',
  errorQuantity: 'Tokio licencijų skaičiaus įsigyti negalima. Pakeiskite jį ir bandykite dar kartą.',
  errorNotEligible: 'Naudodami šią paskyrą šio produkto įsigyti negalite.',
  errorUnknown: 'Kažkas nepavyko. Bandykite dar kartą.',
  errorPopupBlocked:
    'Naršyklė užblokavo prisijungimo langą. Leiskite šiame puslapyje iššokančiuosius langus arba bandykite dar kartą.',
  errorSignInCancelled: 'Prisijungimas atšauktas. Prisijunkite, kad tęstumėte.',
  errorSignInBusy:
    'Šiame puslapyje jau atidarytas kitas prisijungimas. Užbaikite arba uždarykite jį ir bandykite dar kartą.',
  errorSignInFailed: 'Prisijungti nepavyko. Bandykite dar kartą.',
  errorAccountMismatch:
    'Prisijungėte kita paskyra nei įvestas el. pašto adresas. Prisijunkite su tuo adresu arba naudokite kitą.',
  errorCardDeclined: 'Jūsų kortelė atmesta. Naudokite kitą kortelę arba kreipkitės į banką.',
  errorInsufficientFunds: 'Kortelėje nepakanka lėšų. Naudokite kitą kortelę.',
  errorExpiredCard: 'Kortelės galiojimas baigėsi. Patikrinkite galiojimo datą arba naudokite kitą kortelę.',
  errorIncorrectCvc: 'Neteisingas saugos kodas. Patikrinkite kodą kitoje kortelės pusėje.',
  errorAuthenticationFailed: 'Bankas negalėjo patvirtinti mokėjimo. Bandykite dar kartą arba naudokite kitą kortelę.',
  errorProcessing: 'Kortelės apdoroti nepavyko. Po akimirkos bandykite dar kartą.',
  errorIncomplete: 'Užpildykite kortelės duomenis.',
  errorPaymentLoad: 'Nepavyko įkelti saugios mokėjimo formos. Patikrinkite ryšį ir bandykite dar kartą.',
  errorPaymentExpired: 'Mokėjimo laikas baigėsi jo neužbaigus. Pradėkite iš naujo – pinigai nenuskaičiuoti.',
  errorPaymentFailed: 'Mokėjimas neįvyko, pinigai nenuskaičiuoti. Pradėkite iš naujo ir bandykite dar kartą.',
} satisfies FlowCatalog;
