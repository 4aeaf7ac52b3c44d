import type { Catalog } from './en.js';

export const da = {
  buyButtonLabel: (product: string) => `Køb ${product}`,
  buyButtonLabelGeneric: 'Køb licenser',
  dialogClose: 'Luk',
  loading: 'Indlæser…',

  configUnknownProduct: (product: string) =>
    `Købsknappen er ikke konfigureret korrekt: “${product}” kan ikke købes her.`,
  configApiBase:
    'Købsformularen er ikke konfigureret korrekt: adressen på betalingstjenesten mangler eller er ikke sikker (https).',
  configAuth: 'Købsformularen er ikke konfigureret korrekt: indstillingerne for logon mangler.',
  configPayment: 'Købsformularen er ikke konfigureret korrekt: indstillingerne for betaling mangler.',
  configTitle: 'Køb er ikke tilgængeligt',

  emailTitle: (product: string) => `Køb ${product}`,
  emailIntro: 'Angiv din mailadresse fra arbejde eller skole. Vi tjekker, om din organisation lader dig købe selv.',
  emailLabel: 'Mailadresse fra arbejde eller skole',
  emailHint: 'For eksempel navn@firma.dk',
  emailSubmit: 'Fortsæt',
  emailChecking: 'Tjekker…',
  emailErrorEmpty: 'Angiv din mailadresse fra arbejde eller skole.',
  emailErrorFormat: 'Angiv en mailadresse i formatet navn@firma.dk.',
  emailErrorTooLong: 'Mailadressen er for lang. Brug højst 254 tegn.',

  signInTitle: 'Log på for at fortsætte',
  signInIntro: (email: string, organization: string) =>
    `Log på som ${email} med din konto hos ${organization}. Et logonvindue fra Microsoft åbnes.`,
  signInButton: 'Log på',
  signInPreparing: 'Forbereder logon…',
  signInBusy: 'Logger på…',
  signInRedirecting: 'Din browser blokerede logonvinduet, så vi sender dig til logonsiden i stedet…',
  useDifferentEmail: 'Brug en anden mailadresse',

  checkingTitle: 'Tjekker, hvad du kan købe…',

  seatsTitle: 'Hvor mange licenser?',
  seatsTitleAdd: 'Tilføj licenser',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `Du har allerede 1 licens til ${product}.` : `Du har allerede ${count} licenser til ${product}.`,
  seatsLabel: 'Antal licenser',
  seatsHint: (min: number, max: number) => `Fra ${min} til ${max}. Du tildeler dem til kolleger bagefter.`,
  seatsDecrease: 'Én licens færre',
  seatsIncrease: 'Én licens mere',
  planLegend: 'Fakturering',
  planMonthly: (price: string) => `Månedlig: ${price} pr. licens pr. måned`,
  planYearly: (price: string) => `Årlig: ${price} pr. licens pr. år`,
  totalLabel: 'I alt',
  totalMonthly: (amount: string) => `${amount} pr. måned`,
  totalYearly: (amount: string) => `${amount} pr. år`,
  taxExclusive: 'Plus gældende skat.',
  taxInclusive: 'Inklusive moms.',
  disclosuresTitle: 'Før du betaler',
  disclosureBilledToYou: 'Du betaler med dit eget kreditkort. Købet faktureres til dig, ikke til din organisation.',
  disclosureRenews: 'Abonnementet fornyes automatisk, indtil du opsiger det.',
  disclosurePrices: 'Priserne kan afvige fra din organisations aftale med Microsoft.',
  disclosureAdminSees: 'Din it-administrator kan se købet og overtage eller annullere det.',
  disclosureData:
    'Til behandling af købet bruges dit navn, din mailadresse, din IP-adresse samt organisationens lejer- og bruger-id.',
  seatsSubmit: 'Fortsæt til betaling',
  seatsSubmitting: 'Forbereder betaling…',
  seatsErrorEmpty: 'Angiv antallet af licenser.',
  seatsErrorWhole: 'Angiv et helt tal, for eksempel 3.',
  seatsErrorMin: (min: number) => `Køb mindst ${min}.`,
  seatsErrorMax: (max: number) => `Du kan højst købe ${max} her.`,

  trialTitle: (product: string) => `Prøv ${product} gratis`,
  trialIntro: (days: number) =>
    `Din organisation tillader gratis prøveperioder. Start en prøveperiode på ${days} dage; der kræves intet kreditkort.`,
  trialSubmit: 'Start gratis prøveperiode',
  trialStarting: 'Starter din prøveperiode…',

  paymentTitle: 'Betal med kort',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 licens til ${product}: ${amount}` : `${count} licenser til ${product}: ${amount}`,
  paymentCardOnly: 'Kreditkort er den eneste betalingsmetode.',
  paymentLoading: 'Indlæser den sikre betalingsformular…',
  paymentSubmit: (amount: string) => `Betal ${amount}`,
  paymentPaying: 'Betaler…',
  paymentBack: 'Skift antal licenser',
  paymentNotTwice: 'Du bliver ikke trukket to gange.',

  processingTitle: 'Bekræfter din betaling…',
  processingSlow:
    'Vi tjekker stadig betalingens status. Det kan tage et minut. Du bliver ikke trukket to gange, og du kan lukke vinduet og komme tilbage senere.',

  completeTitle: 'Så er det klaret',
  completeTrialTitle: 'Din prøveperiode er startet',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Du købte 1 licens til ${product} for ${amount}.`
      : `Du købte ${count} licenser til ${product} for ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Du tilføjede 1 licens til ${product} for ${amount}.`
      : `Du tilføjede ${count} licenser til ${product} for ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Du kan prøve ${product} indtil ${date}.`,
  completeStart: (product: string) => `Begynd at bruge ${product}`,
  completeAdmin: 'Tildel licenser i Administration',
  completeAdminHint:
    'I Microsoft 365 Administration kan du tildele licenser til personer i din organisation (op til 20 ad gangen), købe flere, opsige, opdatere dit kort og se fakturaer.',

  ineligibleTitle: 'Du kan ikke købe det selv',
  reasonPersonalEmail:
    'Brug din mailadresse fra arbejde eller skole. Private mailadresser kan ikke købe for en organisation.',
  reasonNoTenant: 'Vi fandt ingen organisation, der bruger denne mailadresses domæne hos Microsoft.',
  reasonUnmanagedTenant:
    'Din organisations Microsoft-konto har endnu ingen administrator. En administrator skal overtage organisationen, før nogen kan købe.',
  reasonGovernmentTenant: 'Selvbetjeningskøb er ikke tilgængeligt for offentlige myndigheder.',
  reasonEducationTenant: 'Selvbetjeningskøb er ikke tilgængeligt for uddannelsesinstitutioner.',
  reasonGuestUser: 'Du er logget på som gæst i denne organisation. Kun organisationens egne medlemmer kan købe.',
  reasonMarketUnavailable: (product: string) =>
    `${product} kan ikke købes via selvbetjening i din organisations land eller område.`,
  reasonDisabledByAdmin: (product: string) => `Din it-administrator har slået selvbetjeningskøb af ${product} fra.`,
  reasonTrialsOnly: (product: string) =>
    `Din it-administrator tillader kun gratis prøveperioder uden betalingsmetode, og ${product} har ingen.`,
  ineligibleContact: 'Kontakt din it-administrator for at få det.',
  ineligibleAdminMessage: (organization: string) => `En besked fra ${organization}:`,
  ineligibleAdminLink: 'Åbn din organisations side for anmodninger',
  licenseRequestLabel: 'Besked til din administrator (valgfri)',
  licenseRequestSubmit: 'Bed min administrator om en licens',
  licenseRequestSending: 'Sender…',
  licenseRequestSent: 'Din anmodning er sendt til din administrator.',

  errorTitle: 'Noget gik galt',
  retry: 'Prøv igen',
  startOver: 'Start forfra',
  errorOffline: 'Du er offline. Tjek din forbindelse, og prøv igen.',
  errorNetwork: 'Vi kunne ikke nå betalingstjenesten. Tjek din forbindelse, og prøv igen.',
  errorTimeout: 'Betalingstjenesten var for lang tid om at svare. Prøv igen.',
  errorRateLimited: (seconds: number) =>
    seconds === 1 ? 'For mange forsøg. Prøv igen om 1 sekund.' : `For mange forsøg. Prøv igen om ${seconds} sekunder.`,
  errorServer: 'Noget gik galt hos os. Prøv igen.',
  errorUnavailable: 'Betalingstjenesten er ikke tilgængelig lige nu. Prøv igen om lidt.',
  errorBadResponse: 'Vi fik et svar, vi ikke forstod. Prøv igen.',
  errorSession: 'Dit logon er udløbet. Log på igen.',
  errorQuantity: 'Det antal licenser kan ikke købes. Ret det, og prøv igen.',
  errorNotEligible: 'Din konto kan ikke købe dette produkt.',
  errorUnknown: 'Noget gik galt. Prøv igen.',
  errorPopupBlocked: 'Din browser blokerede logonvinduet. Tillad pop op-vinduer for denne side, eller prøv igen.',
  errorSignInCancelled: 'Logon blev annulleret. Log på for at fortsætte.',
  errorSignInBusy: 'Et andet logon er allerede åbent på siden. Gør det færdigt eller luk det, og prøv så igen.',
  errorSignInFailed: 'Logon lykkedes ikke. Prøv igen.',
  errorAccountMismatch:
    'Du loggede på med en anden konto end den mailadresse, du angav. Log på med den adresse, eller brug en anden.',
  errorCardDeclined: 'Dit kort blev afvist. Prøv et andet kort, eller kontakt din bank.',
  errorInsufficientFunds: 'Der er ikke dækning på dit kort. Prøv et andet kort.',
  errorExpiredCard: 'Dit kort er udløbet. Tjek udløbsdatoen, eller brug et andet kort.',
  errorIncorrectCvc: 'Sikkerhedskoden er forkert. Tjek koden på bagsiden af dit kort.',
  errorAuthenticationFailed: 'Din bank kunne ikke bekræfte betalingen. Prøv igen, eller brug et andet kort.',
  errorProcessing: 'Dit kort kunne ikke behandles. Prøv igen om lidt.',
  errorIncomplete: 'Udfyld dine kortoplysninger.',
  errorPaymentLoad: 'Den sikre betalingsformular kunne ikke indlæses. Tjek din forbindelse, og prøv igen.',
  errorPaymentExpired: 'Betalingen udløb, før den blev gennemført. Start forfra; du er ikke blevet trukket.',
  errorPaymentFailed: 'Betalingen gik ikke igennem, og du er ikke blevet trukket. Start forfra for at prøve igen.',
} satisfies Catalog;
