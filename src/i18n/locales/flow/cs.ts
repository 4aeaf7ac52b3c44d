import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

// Czech typography: „…“ quotes, and a no-break space (\u00a0) after one-letter words (a, i, k, o, s, u, v, z),
// so they never end a line. The plural form `many` is Czech's form for decimals (1,5 licence).
export const cs = {
  // Sign-in step
  signInTitle: 'Přihlaste se a\u00a0pokračujte',
  signInIntro: (email: string, organization: string) =>
    `Přihlaste se jako ${email} účtem organizace ${organization}. Otevře se přihlašovací okno Microsoft.`,
  signInButton: 'Přihlásit se',
  signInPreparing: 'Příprava přihlášení…',
  signInBusy: 'Přihlašování…',
  signInRedirecting:
    'Prohlížeč zablokoval přihlašovací okno, takže vás místo toho přesměrujeme na přihlašovací stránku…',
  signInCancel: 'Zrušit',
  signInReopen: 'Znovu otevřít přihlašovací okno',
  signInStalled:
    'Stále čekáme na přihlášení. Pokud je přihlašovací okno zavřené, otevřete ho znovu, nebo přihlášení zrušte.',
  useDifferentEmail: 'Použít jiný e-mail',

  // Checking
  checkingTitle: 'Zjišťujeme, co si můžete koupit…',

  // Seat step
  seatsTitle: 'Kolik licencí?',
  seatsTitleAdd: 'Přidat licence',
  seatsExisting: (count: number, product: string) =>
    plural('cs', count, {
      one: `Už máte ${count} licenci pro ${product}.`,
      few: `Už máte ${count} licence pro ${product}.`,
      many: `Už máte ${count} licence pro ${product}.`,
      other: `Už máte ${count} licencí pro ${product}.`,
    }),
  seatsLabel: 'Počet licencí',
  seatsHint: (min: number, max: number) => `Od ${min} do ${max}. Potom je přiřaďte kolegům.`,
  seatsDecrease: 'O\u00a0jednu licenci méně',
  seatsIncrease: 'O\u00a0jednu licenci více',
  planLegend: 'Fakturační období',
  planMonthly: (price: string) => `Měsíčně: ${price} za licenci a\u00a0měsíc`,
  planYearly: (price: string) => `Ročně: ${price} za licenci a\u00a0rok`,
  totalLabel: 'Celkem',
  totalMonthly: (amount: string) => `${amount} měsíčně`,
  totalYearly: (amount: string) => `${amount} ročně`,
  taxExclusive: 'Plus příslušná daň.',
  taxInclusive: 'Včetně daně.',
  disclosuresTitle: 'Než zaplatíte',
  disclosureBilledToYou:
    'Platíte vlastní kreditní kartou. Platba se účtuje vám, ne vaší organizaci, a\u00a0za platbu podle podmínek nákupu odpovídáte vy.',
  disclosureRenews: 'Předplatné se automaticky obnovuje, dokud ho nezrušíte.',
  disclosurePrices: 'Ceny se mohou lišit od cen, které vaše organizace platí při centrálním nákupu nebo přes partnera.',
  disclosureAdminSees:
    'Váš správce IT tento nákup uvidí. Správce může uživatelům tohoto předplatného přiřadit centrálně koupené licence a\u00a0pak vás požádat o\u00a0jeho zrušení.',
  disclosureDataOwner: (product: string) => `Data vytvořená v\u00a0${product} vlastní a\u00a0spravuje vaše organizace.`,
  disclosureData:
    'Ke zpracování nákupu se použijí vaše jméno, e-mailová adresa, IP adresa a\u00a0ID tenanta a\u00a0uživatele vaší organizace.',
  seatsSubmit: 'Pokračovat k\u00a0platbě',
  seatsSubmitting: 'Příprava platby…',
  seatsErrorEmpty: 'Zadejte počet licencí.',
  seatsErrorWhole: 'Zadejte celé číslo, například 3.',
  seatsErrorMin: (min: number) => `Kupte alespoň ${min}.`,
  seatsErrorMax: (max: number) => `Zde můžete koupit nejvýše ${max}.`,

  // Trial
  trialTitle: (product: string) => `Vyzkoušejte ${product} zdarma`,
  trialIntro: (days: number) =>
    `Vaše organizace povoluje bezplatné zkušební verze. Spusťte ${days}denní zkušební verzi; kreditní karta není potřeba.`,
  trialSubmit: 'Spustit bezplatnou zkušební verzi',
  trialStarting: 'Spouštění zkušební verze…',

  // Payment step
  paymentTitle: 'Zaplatit kartou',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('cs', count, {
      one: `${count} licence pro ${product}: ${amount}`,
      few: `${count} licence pro ${product}: ${amount}`,
      many: `${count} licence pro ${product}: ${amount}`,
      other: `${count} licencí pro ${product}: ${amount}`,
    }),
  paymentCardOnly: 'Jediným způsobem platby je kreditní karta.',
  paymentLoading: 'Načítání zabezpečeného platebního formuláře…',
  paymentSubmit: (amount: string) => `Zaplatit ${amount}`,
  paymentPaying: 'Probíhá platba…',
  paymentBack: 'Změnit licence',
  paymentNotTwice: 'Platba vám nebude stržena dvakrát.',

  // Processing
  processingTitle: 'Potvrzování platby…',
  processingSlow:
    'Stále ověřujeme stav platby. Může to trvat minutu. Platba vám nebude stržena dvakrát a\u00a0toto okno můžete zavřít a\u00a0vrátit se později.',

  // Complete
  completeTitle: 'Hotovo',
  completeTrialTitle: 'Zkušební verze byla spuštěna',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('cs', count, {
      one: `Koupili jste ${count} licenci pro ${product} za ${amount}.`,
      few: `Koupili jste ${count} licence pro ${product} za ${amount}.`,
      many: `Koupili jste ${count} licence pro ${product} za ${amount}.`,
      other: `Koupili jste ${count} licencí pro ${product} za ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('cs', count, {
      one: `Přidali jste ${count} licenci pro ${product} za ${amount}.`,
      few: `Přidali jste ${count} licence pro ${product} za ${amount}.`,
      many: `Přidali jste ${count} licence pro ${product} za ${amount}.`,
      other: `Přidali jste ${count} licencí pro ${product} za ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `${product} můžete zkoušet do ${date}.`,
  completeStart: (product: string) => `Začít používat ${product}`,
  completeAdmin: 'Přiřadit licence v\u00a0centru pro správu',
  completeManage: 'Přiřadit licence hned',
  completeReceipt: 'Potvrzení o\u00a0platbě vám přijde na pracovní e-mail.',
  completeRenews:
    'Předplatné se automaticky obnovuje, dokud ho nezrušíte. Kdykoli můžete přiřazovat licence, přidávat nebo odebírat licence, aktualizovat kartu nebo předplatné zrušit.',
  completeTrialEnds: (product: string, date: string) =>
    `Až zkušební verze ${date} skončí, ${product} přestane fungovat, pokud si produkt nekoupíte. Nic se neúčtuje.`,
  completeTerms: 'Podmínky nákupu',
  completeSupport: 'Standardní podpora od společnosti Microsoft',
  completeTraining: (product: string) => `Školení k\u00a0${product}`,
  completeAdminHint:
    'V\u00a0Centru pro správu Microsoft 365 můžete přiřazovat licence lidem ve vaší organizaci (až 20 najednou), dokupovat další, zrušit předplatné, aktualizovat kartu a\u00a0zobrazit faktury.',

  // Ineligible
  ineligibleTitle: 'Tento produkt si nemůžete koupit sami',
  reasonPersonalEmail:
    'Použijte pracovní nebo školní e-mail. S\u00a0osobní e-mailovou adresou nelze nakupovat pro organizaci.',
  reasonNoTenant: 'Nenašli jsme žádnou organizaci, která u\u00a0společnosti Microsoft používá doménu tohoto e-mailu.',
  reasonUnmanagedTenant:
    'Tenant Microsoft Entra vaší organizace zatím nemá správce. Než bude moci kdokoli nakupovat, musí tenanta převzít správce.',
  reasonGovernmentTenant: 'Samoobslužný nákup není k\u00a0dispozici pro státní instituce.',
  reasonEducationTenant: 'Samoobslužný nákup není k\u00a0dispozici pro vzdělávací instituce.',
  reasonGuestUser: 'Jste přihlášeni jako host v\u00a0této organizaci. Nakupovat mohou jen její vlastní členové.',
  reasonMarketUnavailable: (product: string) =>
    `${product} nelze v\u00a0zemi nebo oblasti vaší organizace koupit samoobslužně.`,
  reasonDisabledByAdmin: (product: string) => `Váš správce IT vypnul samoobslužný nákup produktu ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Váš správce IT povoluje jen bezplatné zkušební verze bez způsobu platby a\u00a0${product} žádnou nemá.`,
  ineligibleContact: 'Obraťte se se žádostí na svého správce IT.',
  ineligibleAdminMessage: (organization: string) => `Zpráva od organizace ${organization}:`,
  ineligibleAdminLink: 'Otevřít stránku žádostí vaší organizace',
  licenseRequestLabel: 'Zpráva pro správce (volitelné)',
  licenseRequestSubmit: 'Požádat správce o\u00a0licenci',
  licenseRequestSending: 'Odesílání…',
  licenseRequestSent: 'Vaše žádost byla odeslána správci.',

  // Errors
  errorTitle: 'Něco se pokazilo',
  retry: 'Zkusit znovu',
  startOver: 'Začít znovu',
  errorOffline: 'Jste offline. Zkontrolujte připojení a\u00a0zkuste to znovu.',
  errorTimeout: 'Služba pokladny odpovídala příliš dlouho. Zkuste to znovu.',
  errorRateLimited: (seconds: number) =>
    plural('cs', seconds, {
      one: `Příliš mnoho pokusů. Zkuste to znovu za ${seconds} sekundu.`,
      few: `Příliš mnoho pokusů. Zkuste to znovu za ${seconds} sekundy.`,
      many: `Příliš mnoho pokusů. Zkuste to znovu za ${seconds} sekundy.`,
      other: `Příliš mnoho pokusů. Zkuste to znovu za ${seconds} sekund.`,
    }),
  errorServer: 'Na naší straně se něco pokazilo. Zkuste to znovu.',
  errorUnavailable: 'Služba pokladny je teď nedostupná. Zkuste to znovu za chvíli.',
  errorBadResponse: 'Dostali jsme odpověď, které nerozumíme. Zkuste to znovu.',
  errorSession: 'Vaše přihlášení vypršelo. Přihlaste se znovu.',
  errorQuantity: 'Tento počet licencí nelze koupit. Změňte ho a\u00a0zkuste to znovu.',
  errorNotEligible: 'S\u00a0vaším účtem nelze tento produkt koupit.',
  errorUnknown: 'Něco se pokazilo. Zkuste to znovu.',
  errorPopupBlocked:
    'Prohlížeč zablokoval přihlašovací okno. Povolte pro tuto stránku automaticky otevíraná okna nebo to zkuste znovu.',
  errorSignInCancelled: 'Přihlášení bylo zrušeno. Přihlaste se a\u00a0pokračujte.',
  errorSignInBusy: 'Na této stránce už probíhá jiné přihlášení. Dokončete ho nebo ho zavřete a\u00a0zkuste to znovu.',
  errorSignInFailed: 'Přihlášení se nezdařilo. Zkuste to znovu.',
  errorAccountMismatch:
    'Přihlásili jste se jiným účtem, než jaký patří k\u00a0zadanému e-mailu. Přihlaste se s\u00a0tímto e-mailem, nebo použijte jiný.',
  errorCardDeclined: 'Vaše karta byla zamítnuta. Zkuste jinou kartu nebo se obraťte na banku.',
  errorInsufficientFunds: 'Na kartě nemáte dostatek prostředků. Zkuste jinou kartu.',
  errorExpiredCard: 'Platnost karty vypršela. Zkontrolujte datum platnosti nebo použijte jinou kartu.',
  errorIncorrectCvc: 'Bezpečnostní kód je nesprávný. Zkontrolujte kód na zadní straně karty.',
  errorAuthenticationFailed: 'Banka nemohla platbu ověřit. Zkuste to znovu nebo použijte jinou kartu.',
  errorProcessing: 'Platbu kartou se nepodařilo zpracovat. Zkuste to znovu za chvíli.',
  errorIncomplete: 'Doplňte údaje o\u00a0kartě.',
  errorPaymentLoad:
    'Zabezpečený platební formulář se nepodařilo načíst. Zkontrolujte připojení a\u00a0zkuste to znovu.',
  errorPaymentExpired: 'Platnost platby vypršela dřív, než byla dokončena. Začněte znovu; nic vám nebylo strženo.',
  errorPaymentFailed: 'Platba neproběhla a\u00a0nic vám nebylo strženo. Začněte znovu a\u00a0zkuste to ještě jednou.',
} satisfies FlowCatalog;
