import type { FlowCatalog } from './en.js';

export const sv = {
  signInTitle: 'Logga in för att fortsätta',
  signInIntro: (email: string, organization: string) =>
    `Logga in som ${email} med ditt konto hos ${organization}. Ett inloggningsfönster från Microsoft öppnas.`,
  signInButton: 'Logga in',
  signInPreparing: 'Förbereder inloggningen…',
  signInBusy: 'Loggar in…',
  signInRedirecting: 'Webbläsaren blockerade inloggningsfönstret, så vi skickar dig till inloggningssidan i stället…',
  signInCancel: 'Avbryt',
  signInReopen: 'Öppna inloggningsfönstret igen',
  signInStalled:
    'Väntar fortfarande på inloggningen. Om du stängde inloggningsfönstret kan du öppna det igen eller avbryta.',
  useDifferentEmail: 'Använd en annan e-postadress',
  checkingTitle: 'Kontrollerar vad du kan köpa…',
  seatsTitle: 'Hur många licenser?',
  seatsTitleAdd: 'Lägg till licenser',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `Du har redan 1 licens för ${product}.` : `Du har redan ${count} licenser för ${product}.`,
  seatsLabel: 'Antal licenser',
  seatsHint: (min: number, max: number) => `Från ${min} till ${max}. Du tilldelar dem till kollegor efteråt.`,
  seatsDecrease: 'En licens färre',
  seatsIncrease: 'En licens till',
  planLegend: 'Faktureringsfrekvens',
  planMonthly: (price: string) => `Månadsvis: ${price} per licens och månad`,
  planYearly: (price: string) => `Årsvis: ${price} per licens och år`,
  totalLabel: 'Totalt',
  totalMonthly: (amount: string) => `${amount} per månad`,
  totalYearly: (amount: string) => `${amount} per år`,
  taxExclusive: 'Skatt tillkommer.',
  taxInclusive: 'Skatt ingår.',
  disclosuresTitle: 'Innan du betalar',
  disclosureBilledToYou:
    'Du betalar med ditt eget kreditkort. Det är du, inte din organisation, som faktureras och ansvarar för betalningen enligt köpvillkoren.',
  disclosureRenews: 'Prenumerationen förnyas automatiskt tills du säger upp den.',
  disclosurePrices:
    'Priserna kan skilja sig från dem som din organisation betalar vid centrala köp eller via en partner.',
  disclosureAdminSees:
    'Din IT-administratör kan se köpet. En administratör kan tilldela centralt köpta licenser till dem som använder det och sedan be dig säga upp prenumerationen.',
  disclosureDataOwner: (product: string) => `Data som skapas i ${product} ägs och kontrolleras av din organisation.`,
  disclosureData:
    'För att behandla köpet används ditt namn, din e-postadress, din IP-adress samt klientorganisationens ID och ditt användar-ID.',
  seatsSubmit: 'Fortsätt till betalning',
  seatsSubmitting: 'Förbereder betalningen…',
  seatsErrorEmpty: 'Ange antalet licenser.',
  seatsErrorWhole: 'Ange ett heltal, till exempel 3.',
  seatsErrorMin: (min: number) => `Köp minst ${min}.`,
  seatsErrorMax: (max: number) => `Du kan köpa högst ${max} här.`,
  trialTitle: (product: string) => `Prova ${product} gratis`,
  trialIntro: (days: number) =>
    `Din organisation tillåter kostnadsfria utvärderingsversioner. Starta en kostnadsfri utvärderingsversion på ${days} dagar – inget kreditkort behövs.`,
  trialSubmit: 'Starta kostnadsfri utvärderingsversion',
  trialStarting: 'Startar utvärderingsversionen…',
  paymentTitle: 'Betala med kreditkort',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 licens för ${product}: ${amount}` : `${count} licenser för ${product}: ${amount}`,
  paymentCardOnly: 'Kreditkort är den enda betalningsmetoden.',
  paymentLoading: 'Läser in det säkra betalningsformuläret…',
  paymentSubmit: (amount: string) => `Betala ${amount}`,
  paymentPaying: 'Betalar…',
  paymentBack: 'Ändra antal licenser',
  paymentNotTwice: 'Du debiteras inte två gånger.',
  processingTitle: 'Bekräftar din betalning…',
  processingSlow:
    'Vi kontrollerar fortfarande betalningens status. Det kan ta någon minut. Du debiteras inte två gånger, och du kan stänga fönstret och komma tillbaka.',
  completeTitle: 'Klart!',
  completeTrialTitle: 'Din kostnadsfria utvärderingsversion har startat',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Du köpte 1 licens för ${product} och betalade ${amount}.`
      : `Du köpte ${count} licenser för ${product} och betalade ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Du lade till 1 licens för ${product} och betalade ${amount}.`
      : `Du lade till ${count} licenser för ${product} och betalade ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Du kan prova ${product} till och med ${date}.`,
  completeStart: (product: string) => `Börja använda ${product}`,
  completeAdmin: 'Tilldela licenser i administrationscentret',
  completeManage: 'Tilldela licenser nu',
  completeReceipt: 'Ett kvitto är på väg till din e-postadress för arbetet.',
  completeRenews:
    'Prenumerationen förnyas automatiskt tills du säger upp den. Du kan när som helst tilldela licenser, lägga till eller ta bort licenser, uppdatera betalningsmetoden eller säga upp prenumerationen.',
  completeTrialEnds: (product: string, date: string) =>
    `När utvärderingsversionen upphör den ${date} slutar ${product} att fungera om du inte köper det. Inget debiteras.`,
  completeTerms: 'Köpvillkor',
  completeSupport: 'Standardsupport från Microsoft',
  completeTraining: (product: string) => `Utbildning i ${product}`,
  completeAdminHint:
    'I administrationscentret för Microsoft 365 kan du tilldela licenser till personer i din organisation (upp till 20 åt gången), köpa fler, säga upp prenumerationen, uppdatera betalningsmetoden och visa fakturor.',
  ineligibleTitle: 'Du kan inte köpa det här själv',
  reasonPersonalEmail:
    'Använd din e-postadress för arbete eller skola. Privata e-postadresser kan inte köpa för en organisation.',
  reasonNoTenant: 'Vi hittade ingen klientorganisation hos Microsoft som använder e-postadressens domän.',
  reasonUnmanagedTenant:
    'Din organisations klientorganisation i Microsoft Entra har ingen administratör ännu. En administratör måste ta över klientorganisationen innan någon kan köpa.',
  reasonGovernmentTenant: 'Självbetjäningsköp är inte tillgängligt för myndigheter.',
  reasonEducationTenant: 'Självbetjäningsköp är inte tillgängligt för utbildningsorganisationer.',
  reasonGuestUser:
    'Du är inloggad som gästanvändare i den här organisationen. Bara organisationens egna medlemmar kan köpa.',
  reasonMarketUnavailable: (product: string) =>
    `${product} kan inte köpas via självbetjäning i din organisations land eller region.`,
  reasonDisabledByAdmin: (product: string) => `Din IT-administratör tillåter inte självbetjäningsköp av ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Din IT-administratör tillåter bara kostnadsfria utvärderingsversioner utan betalningsmetod, och ${product} har ingen sådan.`,
  ineligibleContact: 'Kontakta din IT-administratör för att få den.',
  ineligibleAdminMessage: (organization: string) => `Ett meddelande från ${organization}:`,
  ineligibleAdminLink: 'Öppna organisationens sida för förfrågningar',
  licenseRequestLabel: 'Meddelande till administratören (valfritt)',
  licenseRequestSubmit: 'Be min administratör om en licens',
  licenseRequestSending: 'Skickar…',
  licenseRequestSent: 'Din förfrågan har skickats till administratören.',
  errorTitle: 'Något gick fel',
  retry: 'Försök igen',
  startOver: 'Börja om',
  errorOffline: 'Du är offline. Kontrollera anslutningen och försök igen.',
  errorTimeout: 'Kassatjänsten svarade inte i tid. Försök igen.',
  errorRateLimited: (seconds: number) =>
    seconds === 1
      ? 'För många försök. Försök igen om 1 sekund.'
      : `För många försök. Försök igen om ${seconds} sekunder.`,
  errorServer: 'Något gick fel hos oss. Försök igen.',
  errorUnavailable: 'Kassatjänsten är inte tillgänglig just nu. Försök igen om en stund.',
  errorBadResponse: 'Vi fick ett svar vi inte förstod. Försök igen.',
  errorSession: 'Din inloggning har gått ut. Logga in igen.',
  errorQuantity: 'Det antalet licenser kan inte köpas. Ändra antalet och försök igen.',
  errorNotEligible: 'Ditt konto kan inte köpa den här produkten.',
  errorUnknown: 'Något gick fel. Försök igen.',
  errorPopupBlocked:
    'Webbläsaren blockerade inloggningsfönstret. Tillåt popup-fönster för den här sidan, eller försök igen.',
  errorSignInCancelled: 'Inloggningen avbröts. Logga in för att fortsätta.',
  errorSignInBusy: 'En annan inloggning pågår redan på sidan. Slutför eller stäng den och försök sedan igen.',
  errorSignInFailed: 'Inloggningen misslyckades. Försök igen.',
  errorAccountMismatch:
    'Du loggade in med ett annat konto än e-postadressen du angav. Logga in med den adressen eller använd en annan.',
  errorCardDeclined: 'Kortet nekades. Prova ett annat kort eller kontakta din bank.',
  errorInsufficientFunds: 'Kortet saknar täckning. Prova ett annat kort.',
  errorExpiredCard: 'Kortet har gått ut. Kontrollera utgångsdatumet eller använd ett annat kort.',
  errorIncorrectCvc: 'Säkerhetskoden är fel. Kontrollera koden på kortets baksida.',
  errorAuthenticationFailed: 'Banken kunde inte verifiera betalningen. Försök igen eller använd ett annat kort.',
  errorProcessing: 'Kortet kunde inte behandlas. Försök igen om en stund.',
  errorIncomplete: 'Fyll i alla kortuppgifter.',
  errorPaymentLoad: 'Det säkra betalningsformuläret kunde inte läsas in. Kontrollera anslutningen och försök igen.',
  errorPaymentExpired: 'Betalningen gick ut innan den slutfördes. Börja om – du har inte debiterats.',
  errorPaymentFailed: 'Betalningen gick inte igenom och du har inte debiterats. Börja om för att försöka igen.',
} satisfies FlowCatalog;
