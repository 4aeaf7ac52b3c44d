import type { FlowCatalog } from './en.js';

export const nl = {
  signInTitle: 'Meld je aan om door te gaan',
  signInIntro: (email: string, organization: string) =>
    `Meld je aan als ${email} met je account van ${organization}. Er wordt een aanmeldvenster van Microsoft geopend.`,
  signInButton: 'Aanmelden',
  signInPreparing: 'Aanmelden voorbereiden…',
  signInBusy: 'Aanmelden…',
  signInRedirecting: 'Je browser heeft het aanmeldvenster geblokkeerd, dus we sturen je door naar de aanmeldpagina…',
  signInCancel: 'Annuleren',
  signInReopen: 'Aanmeldvenster opnieuw openen',
  signInStalled: 'We wachten nog op je aanmelding. Heb je het aanmeldvenster gesloten? Open het opnieuw of annuleer.',
  useDifferentEmail: 'Een ander e-mailadres gebruiken',
  checkingTitle: 'Controleren wat je kunt kopen…',
  seatsTitle: 'Hoeveel licenties?',
  seatsTitleAdd: 'Licenties toevoegen',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `Je hebt al 1 licentie voor ${product}.` : `Je hebt al ${count} licenties voor ${product}.`,
  seatsLabel: 'Aantal licenties',
  seatsHint: (min: number, max: number) => `Van ${min} tot ${max}. Daarna wijs je ze toe aan collega’s.`,
  seatsDecrease: 'Eén licentie minder',
  seatsIncrease: 'Eén licentie meer',
  planLegend: 'Facturering',
  planMonthly: (price: string) => `Maandelijks: ${price} per licentie per maand`,
  planYearly: (price: string) => `Jaarlijks: ${price} per licentie per jaar`,
  totalLabel: 'Totaal',
  totalMonthly: (amount: string) => `${amount} per maand`,
  totalYearly: (amount: string) => `${amount} per jaar`,
  taxExclusive: 'Exclusief toepasselijke belastingen.',
  taxInclusive: 'Inclusief belastingen.',
  disclosuresTitle: 'Voordat je betaalt',
  disclosureBilledToYou:
    'Je betaalt met je eigen creditcard. Jij, niet je organisatie, krijgt de factuur en bent volgens de aankoopvoorwaarden verantwoordelijk voor de betaling.',
  disclosureRenews: 'Het abonnement wordt automatisch verlengd totdat je het opzegt.',
  disclosurePrices: 'Prijzen kunnen afwijken van wat je organisatie betaalt bij centrale aankopen of via een partner.',
  disclosureAdminSees:
    'Je IT-beheerder kan deze aankoop zien. Een beheerder kan centraal gekochte licenties toewijzen aan wie het abonnement gebruikt en je daarna vragen het op te zeggen.',
  disclosureDataOwner: (product: string) =>
    `De gegevens die in ${product} worden gemaakt, zijn eigendom van je organisatie en vallen onder haar beheer.`,
  disclosureData:
    'Voor de verwerking worden je naam, e-mailadres, IP-adres en de tenant- en gebruikers-id’s van je organisatie gebruikt.',
  seatsSubmit: 'Doorgaan naar betalen',
  seatsSubmitting: 'Betaling voorbereiden…',
  seatsErrorEmpty: 'Voer het aantal licenties in.',
  seatsErrorWhole: 'Voer een geheel getal in, zoals 3.',
  seatsErrorMin: (min: number) => `Koop er minstens ${min}.`,
  seatsErrorMax: (max: number) => `Je kunt hier maximaal ${max} kopen.`,
  trialTitle: (product: string) => `${product} gratis proberen`,
  trialIntro: (days: number) =>
    `Je organisatie staat gratis proefversies toe. Start een proefversie van ${days} dagen; een creditcard is niet nodig.`,
  trialSubmit: 'Gratis proefversie starten',
  trialStarting: 'Je proefversie wordt gestart…',
  paymentTitle: 'Betalen met kaart',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 licentie voor ${product}: ${amount}` : `${count} licenties voor ${product}: ${amount}`,
  paymentCardOnly: 'Een creditcard is de enige betaalmethode.',
  paymentLoading: 'Het beveiligde betaalformulier wordt geladen…',
  paymentSubmit: (amount: string) => `${amount} betalen`,
  paymentPaying: 'Betalen…',
  paymentBack: 'Licenties wijzigen',
  paymentNotTwice: 'Er wordt niet twee keer afgeschreven.',
  processingTitle: 'Je betaling wordt bevestigd…',
  processingSlow:
    'We controleren de betaalstatus nog. Dit kan een minuut duren. Er wordt niet twee keer afgeschreven, en je kunt dit venster sluiten en later terugkomen.',
  completeTitle: 'Klaar',
  completeTrialTitle: 'Je proefversie is gestart',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Je hebt 1 licentie voor ${product} gekocht voor ${amount}.`
      : `Je hebt ${count} licenties voor ${product} gekocht voor ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Je hebt 1 licentie voor ${product} toegevoegd voor ${amount}.`
      : `Je hebt ${count} licenties voor ${product} toegevoegd voor ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Je kunt ${product} proberen tot ${date}.`,
  completeStart: (product: string) => `${product} gaan gebruiken`,
  completeAdmin: 'Licenties toewijzen in het beheercentrum',
  completeManage: 'Licenties nu toewijzen',
  completeReceipt: 'Er is een ontvangstbewijs onderweg naar je werk-e-mailadres.',
  completeRenews:
    'Het abonnement wordt automatisch verlengd totdat je het opzegt. Je kunt op elk moment licenties toewijzen, licenties toevoegen of verwijderen, je kaart bijwerken of opzeggen.',
  completeTrialEnds: (product: string, date: string) =>
    `Als de proefversie op ${date} afloopt, werkt ${product} niet meer, tenzij je het koopt. Er wordt niets afgeschreven.`,
  completeTerms: 'Aankoopvoorwaarden',
  completeSupport: 'Standaardondersteuning van Microsoft',
  completeTraining: (product: string) => `Training voor ${product}`,
  completeAdminHint:
    'In het Microsoft 365-beheercentrum kun je licenties toewijzen aan mensen in je organisatie (maximaal 20 tegelijk), meer kopen, opzeggen, je kaart bijwerken en facturen bekijken.',
  ineligibleTitle: 'Je kunt dit niet zelf kopen',
  reasonPersonalEmail:
    'Gebruik je e-mailadres van werk of school. Met persoonlijke e-mailadressen kun je niet voor een organisatie kopen.',
  reasonNoTenant: 'We hebben geen organisatie gevonden die het domein van dit e-mailadres bij Microsoft gebruikt.',
  reasonUnmanagedTenant:
    'De Microsoft Entra-tenant van je organisatie heeft nog geen beheerder. Een beheerder moet de tenant eerst overnemen voordat iemand kan kopen.',
  reasonGovernmentTenant: 'Selfservice-aankopen zijn niet beschikbaar voor overheidsorganisaties.',
  reasonEducationTenant: 'Selfservice-aankopen zijn niet beschikbaar voor onderwijsorganisaties.',
  reasonGuestUser: 'Je bent als gast aangemeld bij deze organisatie. Alleen eigen leden kunnen kopen.',
  reasonMarketUnavailable: (product: string) =>
    `${product} kan in het land of de regio van je organisatie niet via selfservice worden gekocht.`,
  reasonDisabledByAdmin: (product: string) =>
    `Je IT-beheerder heeft selfservice-aankopen van ${product} uitgeschakeld.`,
  reasonTrialsOnly: (product: string) =>
    `Je IT-beheerder staat alleen gratis proefversies zonder betaalmethode toe, en ${product} heeft die niet.`,
  ineligibleContact: 'Neem contact op met je IT-beheerder om het te krijgen.',
  ineligibleAdminMessage: (organization: string) => `Een bericht van ${organization}:`,
  ineligibleAdminLink: 'Aanvraagpagina van je organisatie openen',
  licenseRequestLabel: 'Bericht aan je beheerder (optioneel)',
  licenseRequestSubmit: 'Mijn beheerder om een licentie vragen',
  licenseRequestSending: 'Verzenden…',
  licenseRequestSent: 'Je aanvraag is naar je beheerder verzonden.',
  errorTitle: 'Er is iets misgegaan',
  retry: 'Opnieuw proberen',
  startOver: 'Opnieuw beginnen',
  errorOffline: 'Je bent offline. Controleer je verbinding en probeer het opnieuw.',
  errorTimeout: 'De betaalservice reageerde te traag. Probeer het opnieuw.',
  errorRateLimited: (seconds: number) =>
    seconds === 1
      ? 'Te veel pogingen. Probeer het over 1 seconde opnieuw.'
      : `Te veel pogingen. Probeer het over ${seconds} seconden opnieuw.`,
  errorServer: 'Er is aan onze kant iets misgegaan. Probeer het opnieuw.',
  errorUnavailable: 'De betaalservice is nu niet beschikbaar. Probeer het zo opnieuw.',
  errorBadResponse: 'We kregen een antwoord dat we niet begrepen. Probeer het opnieuw.',
  errorSession: 'Je aanmelding is verlopen. Meld je opnieuw aan.',
  errorQuantity: 'Dit aantal licenties kan niet worden gekocht. Wijzig het en probeer het opnieuw.',
  errorNotEligible: 'Met je account kan dit product niet worden gekocht.',
  errorUnknown: 'Er is iets misgegaan. Probeer het opnieuw.',
  errorPopupBlocked:
    'Je browser heeft het aanmeldvenster geblokkeerd. Sta pop-ups toe voor deze pagina of probeer het opnieuw.',
  errorSignInCancelled: 'Het aanmelden is geannuleerd. Meld je aan om door te gaan.',
  errorSignInBusy:
    'Er is al een andere aanmelding open op deze pagina. Rond die af of sluit hem en probeer het dan opnieuw.',
  errorSignInFailed: 'Aanmelden is niet gelukt. Probeer het opnieuw.',
  errorAccountMismatch:
    'Je hebt je aangemeld met een ander account dan het e-mailadres dat je invoerde. Meld je aan met dat adres of gebruik een ander.',
  errorCardDeclined: 'Je kaart is geweigerd. Probeer een andere kaart of neem contact op met je bank.',
  errorInsufficientFunds: 'Er is onvoldoende saldo op je kaart. Probeer een andere kaart.',
  errorExpiredCard: 'Je kaart is verlopen. Controleer de vervaldatum of gebruik een andere kaart.',
  errorIncorrectCvc: 'De beveiligingscode is onjuist. Controleer de code op de achterkant van je kaart.',
  errorAuthenticationFailed:
    'Je bank kon de betaling niet verifiëren. Probeer het opnieuw of gebruik een andere kaart.',
  errorProcessing: 'Je kaart kon niet worden verwerkt. Probeer het zo opnieuw.',
  errorIncomplete: 'Vul je kaartgegevens volledig in.',
  errorPaymentLoad:
    'Het beveiligde betaalformulier kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  errorPaymentExpired: 'De betaling is verlopen voordat ze was voltooid. Begin opnieuw; er is niets afgeschreven.',
  errorPaymentFailed:
    'De betaling is niet gelukt en er is niets afgeschreven. Begin opnieuw om het nog eens te proberen.',
} satisfies FlowCatalog;
