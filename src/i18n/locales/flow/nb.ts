import type { FlowCatalog } from './en.js';

export const nb = {
  signInTitle: 'Logg på for å fortsette',
  signInIntro: (email: string, organization: string) =>
    `Logg på som ${email} med kontoen din hos ${organization}. Et påloggingsvindu fra Microsoft åpnes.`,
  signInButton: 'Logg på',
  signInPreparing: 'Forbereder pålogging…',
  signInBusy: 'Logger på…',
  signInRedirecting: 'Nettleseren blokkerte påloggingsvinduet, så vi sender deg til påloggingssiden i stedet…',
  signInCancel: 'Avbryt',
  signInReopen: 'Åpne påloggingsvinduet igjen',
  signInStalled: 'Venter fortsatt på pålogging. Hvis du lukket påloggingsvinduet, kan du åpne det igjen eller avbryte.',
  useDifferentEmail: 'Bruk en annen e-postadresse',
  checkingTitle: 'Sjekker hva du kan kjøpe…',
  seatsTitle: 'Hvor mange lisenser?',
  seatsTitleAdd: 'Legg til lisenser',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `Du har allerede 1 lisens for ${product}.` : `Du har allerede ${count} lisenser for ${product}.`,
  seatsLabel: 'Antall lisenser',
  seatsHint: (min: number, max: number) => `Fra ${min} til ${max}. Du tildeler dem til kolleger etterpå.`,
  seatsDecrease: 'Én lisens færre',
  seatsIncrease: 'Én lisens til',
  planLegend: 'Fakturering',
  planMonthly: (price: string) => `Månedlig: ${price} per lisens per måned`,
  planYearly: (price: string) => `Årlig: ${price} per lisens per år`,
  totalLabel: 'Totalt',
  totalMonthly: (amount: string) => `${amount} per måned`,
  totalYearly: (amount: string) => `${amount} per år`,
  taxExclusive: 'Pluss gjeldende avgifter.',
  taxInclusive: 'Inkludert mva.',
  disclosuresTitle: 'Før du betaler',
  disclosureBilledToYou:
    'Du betaler med ditt eget kredittkort. Det er du, ikke organisasjonen din, som faktureres og er ansvarlig for betalingen etter kjøpsvilkårene.',
  disclosureRenews: 'Abonnementet fornyes automatisk til du sier det opp.',
  disclosurePrices: 'Prisene kan avvike fra det organisasjonen betaler ved sentrale kjøp eller gjennom en partner.',
  disclosureAdminSees:
    'IT-administratoren din kan se kjøpet. En administrator kan tildele sentralt kjøpte lisenser til dem som bruker det, og deretter be deg si opp abonnementet.',
  disclosureDataOwner: (product: string) =>
    `Organisasjonen din eier og kontrollerer dataene som opprettes i ${product}.`,
  disclosureData:
    'For å behandle kjøpet brukes navnet ditt, e-postadressen, IP-adressen og organisasjonens leier- og bruker-ID.',
  seatsSubmit: 'Fortsett til betaling',
  seatsSubmitting: 'Forbereder betaling…',
  seatsErrorEmpty: 'Skriv inn antall lisenser.',
  seatsErrorWhole: 'Skriv inn et heltall, for eksempel 3.',
  seatsErrorMin: (min: number) => `Kjøp minst ${min}.`,
  seatsErrorMax: (max: number) => `Du kan kjøpe høyst ${max} her.`,
  trialTitle: (product: string) => `Prøv ${product} gratis`,
  trialIntro: (days: number) =>
    `Organisasjonen din tillater gratis prøveperioder. Start en prøveperiode på ${days} dager; du trenger ikke kredittkort.`,
  trialSubmit: 'Start gratis prøveperiode',
  trialStarting: 'Starter prøveperioden…',
  paymentTitle: 'Betal med kort',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 lisens for ${product}: ${amount}` : `${count} lisenser for ${product}: ${amount}`,
  paymentCardOnly: 'Kredittkort er den eneste betalingsmåten.',
  paymentLoading: 'Laster inn det sikre betalingsskjemaet…',
  paymentSubmit: (amount: string) => `Betal ${amount}`,
  paymentPaying: 'Betaler…',
  paymentBack: 'Endre antall lisenser',
  paymentNotTwice: 'Du blir ikke belastet to ganger.',
  processingTitle: 'Bekrefter betalingen…',
  processingSlow:
    'Vi sjekker fortsatt betalingsstatusen. Det kan ta et minutt. Du blir ikke belastet to ganger, og du kan lukke vinduet og komme tilbake senere.',
  completeTitle: 'Alt er klart',
  completeTrialTitle: 'Prøveperioden har startet',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Du kjøpte 1 lisens for ${product} for ${amount}.`
      : `Du kjøpte ${count} lisenser for ${product} for ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Du la til 1 lisens for ${product} for ${amount}.`
      : `Du la til ${count} lisenser for ${product} for ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Du kan prøve ${product} til og med ${date}.`,
  completeStart: (product: string) => `Begynn å bruke ${product}`,
  completeAdmin: 'Tildel lisenser i administrasjonssenteret',
  completeManage: 'Tildel lisenser nå',
  completeReceipt: 'En kvittering er på vei til e-postadressen din fra jobb.',
  completeRenews:
    'Abonnementet fornyes automatisk til du sier det opp. Du kan når som helst tildele lisenser, legge til eller fjerne lisenser, oppdatere kortet eller si opp abonnementet.',
  completeTrialEnds: (product: string, date: string) =>
    `Når prøveperioden er over ${date}, slutter ${product} å fungere med mindre du kjøper det. Du blir ikke belastet.`,
  completeTerms: 'Kjøpsvilkår',
  completeSupport: 'Standardstøtte fra Microsoft',
  completeTraining: (product: string) => `Opplæring i ${product}`,
  completeAdminHint:
    'I administrasjonssenteret for Microsoft 365 kan du tildele lisenser til personer i organisasjonen (opptil 20 om gangen), kjøpe flere, si opp, oppdatere kortet og se fakturaer.',
  ineligibleTitle: 'Du kan ikke kjøpe dette selv',
  reasonPersonalEmail:
    'Bruk e-postadressen fra jobb eller skole. Private e-postadresser kan ikke kjøpe for en organisasjon.',
  reasonNoTenant: 'Vi fant ingen organisasjon som bruker domenet til denne e-postadressen hos Microsoft.',
  reasonUnmanagedTenant:
    'Organisasjonens Microsoft Entra-leier har ingen administrator ennå. En administrator må overta leieren før noen kan kjøpe.',
  reasonGovernmentTenant: 'Selvbetjent kjøp er ikke tilgjengelig for offentlige virksomheter.',
  reasonEducationTenant: 'Selvbetjent kjøp er ikke tilgjengelig for utdanningsinstitusjoner.',
  reasonGuestUser: 'Du er logget på som gjest i denne organisasjonen. Bare organisasjonens egne medlemmer kan kjøpe.',
  reasonMarketUnavailable: (product: string) =>
    `${product} kan ikke kjøpes selvbetjent i organisasjonens land eller region.`,
  reasonDisabledByAdmin: (product: string) => `IT-administratoren din har slått av selvbetjent kjøp av ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `IT-administratoren din tillater bare gratis prøveperioder uten betalingsmåte, og ${product} har ingen.`,
  ineligibleContact: 'Kontakt IT-administratoren din for å få det.',
  ineligibleAdminMessage: (organization: string) => `En melding fra ${organization}:`,
  ineligibleAdminLink: 'Åpne organisasjonens side for forespørsler',
  licenseRequestLabel: 'Melding til administratoren (valgfritt)',
  licenseRequestSubmit: 'Be administratoren min om en lisens',
  licenseRequestSending: 'Sender…',
  licenseRequestSent: 'Forespørselen din er sendt til administratoren.',
  errorTitle: 'Noe gikk galt',
  retry: 'Prøv igjen',
  startOver: 'Begynn på nytt',
  errorOffline: 'Du er frakoblet. Sjekk tilkoblingen og prøv igjen.',
  errorTimeout: 'Betalingstjenesten brukte for lang tid på å svare. Prøv igjen.',
  errorRateLimited: (seconds: number) =>
    seconds === 1
      ? 'For mange forsøk. Prøv igjen om 1 sekund.'
      : `For mange forsøk. Prøv igjen om ${seconds} sekunder.`,
  errorServer: 'Noe gikk galt hos oss. Prøv igjen.',
  errorUnavailable: 'Betalingstjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
  errorBadResponse: 'Vi fikk et svar vi ikke forsto. Prøv igjen.',
  errorSession: 'Påloggingen har utløpt. Logg på igjen.',
  errorQuantity: 'Det antallet lisenser kan ikke kjøpes. Endre det og prøv igjen.',
  errorNotEligible: 'Kontoen din kan ikke kjøpe dette produktet.',
  errorUnknown: 'Noe gikk galt. Prøv igjen.',
  errorPopupBlocked: 'Nettleseren blokkerte påloggingsvinduet. Tillat popup-vinduer for denne siden, eller prøv igjen.',
  errorSignInCancelled: 'Påloggingen ble avbrutt. Logg på for å fortsette.',
  errorSignInBusy: 'En annen pålogging er allerede åpen på siden. Fullfør eller lukk den, og prøv igjen.',
  errorSignInFailed: 'Påloggingen fungerte ikke. Prøv igjen.',
  errorAccountMismatch:
    'Du logget på med en annen konto enn e-postadressen du skrev inn. Logg på med den adressen, eller bruk en annen.',
  errorCardDeclined: 'Kortet ble avvist. Prøv et annet kort, eller kontakt banken din.',
  errorInsufficientFunds: 'Det er ikke dekning på kortet. Prøv et annet kort.',
  errorExpiredCard: 'Kortet er utløpt. Sjekk utløpsdatoen, eller bruk et annet kort.',
  errorIncorrectCvc: 'Sikkerhetskoden er feil. Sjekk koden på baksiden av kortet.',
  errorAuthenticationFailed: 'Banken kunne ikke bekrefte betalingen. Prøv igjen, eller bruk et annet kort.',
  errorProcessing: 'Kortet kunne ikke behandles. Prøv igjen om litt.',
  errorIncomplete: 'Fyll ut kortopplysningene.',
  errorPaymentLoad: 'Det sikre betalingsskjemaet kunne ikke lastes inn. Sjekk tilkoblingen og prøv igjen.',
  errorPaymentExpired: 'Betalingen utløp før den ble fullført. Begynn på nytt; du er ikke belastet.',
  errorPaymentFailed: 'Betalingen gikk ikke gjennom, og du er ikke belastet. Begynn på nytt for å prøve igjen.',
} satisfies FlowCatalog;
