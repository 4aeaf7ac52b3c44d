import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "N licenca" as the subject of a sentence (nominative). */
const licenses = (n: number) =>
  plural('sr-Latn', n, { one: `${n} licenca`, few: `${n} licence`, other: `${n} licenci` });
/** "N licencu" as the object of a verb (accusative). */
const licensesBought = (n: number) =>
  plural('sr-Latn', n, { one: `${n} licencu`, few: `${n} licence`, other: `${n} licenci` });

export const srLatn = {
  // Sign-in step
  signInTitle: 'Prijavite se da biste nastavili',
  signInIntro: (email: string, organization: string) =>
    `Prijavite se kao ${email} pomoću naloga organizacije ${organization}. Otvoriće se Microsoft prozor za prijavljivanje.`,
  signInButton: 'Prijavi se',
  signInPreparing: 'Priprema prijavljivanja…',
  signInBusy: 'Prijavljivanje…',
  signInRedirecting:
    'Pregledač je blokirao prozor za prijavljivanje, pa vas preusmeravamo na stranicu za prijavljivanje…',
  signInCancel: 'Otkaži',
  signInReopen: 'Ponovo otvori prozor za prijavljivanje',
  signInStalled:
    'I dalje čekamo prijavljivanje. Ako ste zatvorili prozor za prijavljivanje, ponovo ga otvorite ili otkažite.',
  useDifferentEmail: 'Koristi drugu e-adresu',

  // Checking
  checkingTitle: 'Proveravamo šta možete da kupite…',

  // Seat step
  seatsTitle: 'Koliko licenci?',
  seatsTitleAdd: 'Dodavanje licenci',
  seatsExisting: (count: number, product: string) => `Već imate ${licensesBought(count)} za ${product}.`,
  seatsLabel: 'Broj licenci',
  seatsHint: (min: number, max: number) => `Od ${min} do ${max}. Kasnije ih dodelite kolegama.`,
  seatsDecrease: 'Jedna licenca manje',
  seatsIncrease: 'Jedna licenca više',
  planLegend: 'Naplata',
  planMonthly: (price: string) => `Mesečno: ${price} po licenci mesečno`,
  planYearly: (price: string) => `Godišnje: ${price} po licenci godišnje`,
  totalLabel: 'Ukupno',
  totalMonthly: (amount: string) => `${amount} mesečno`,
  totalYearly: (amount: string) => `${amount} godišnje`,
  taxExclusive: 'Porezi se obračunavaju dodatno.',
  taxInclusive: 'Porez je uključen.',
  disclosuresTitle: 'Pre plaćanja',
  disclosureBilledToYou:
    'Plaćate sopstvenom kreditnom karticom. Račun se ispostavlja vama, a ne organizaciji, i vi ste odgovorni za plaćanje prema uslovima kupovine.',
  disclosureRenews: 'Pretplata se automatski obnavlja dok je ne otkažete.',
  disclosurePrices:
    'Cene se mogu razlikovati od onih koje vaša organizacija plaća pri centralnoj kupovini ili preko partnera.',
  disclosureAdminSees:
    'Vaš IT administrator može da vidi ovu kupovinu. Administrator može da dodeli centralno kupljene licence osobama koje koriste pretplatu, a zatim da vas zamoli da je otkažete.',
  disclosureDataOwner: (product: string) =>
    `Podaci kreirani u ${product} pripadaju vašoj organizaciji i pod njenom su kontrolom.`,
  disclosureData:
    'Za obradu kupovine koriste se vaše ime, e-adresa, IP adresa i ID-ovi zakupca i korisnika vaše organizacije.',
  seatsSubmit: 'Nastavi na plaćanje',
  seatsSubmitting: 'Priprema plaćanja…',
  seatsErrorEmpty: 'Unesite broj licenci.',
  seatsErrorWhole: 'Unesite ceo broj, na primer 3.',
  seatsErrorMin: (min: number) => `Kupite najmanje ${licensesBought(min)}.`,
  seatsErrorMax: (max: number) => `Ovde možete da kupite najviše ${licensesBought(max)}.`,

  // Trial
  trialTitle: (product: string) => `Isprobajte ${product} besplatno`,
  trialIntro: (days: number) =>
    `Vaša organizacija dozvoljava besplatne probne verzije. Započnite probnu verziju na ${plural('sr-Latn', days, {
      one: `${days} dan`,
      few: `${days} dana`,
      other: `${days} dana`,
    })}; kreditna kartica nije potrebna.`,
  trialSubmit: 'Započni besplatnu probnu verziju',
  trialStarting: 'Pokretanje probne verzije…',

  // Payment step
  paymentTitle: 'Plaćanje karticom',
  paymentSummary: (count: number, product: string, amount: string) => `${licenses(count)} za ${product}: ${amount}`,
  paymentCardOnly: 'Kreditna kartica je jedini način plaćanja.',
  paymentLoading: 'Učitavanje bezbednog obrasca za plaćanje…',
  paymentSubmit: (amount: string) => `Plati ${amount}`,
  paymentPaying: 'Plaćanje…',
  paymentBack: 'Promeni licence',
  paymentNotTwice: 'Nećete biti dvaput zaduženi.',

  // Processing
  processingTitle: 'Potvrđujemo plaćanje…',
  processingSlow:
    'Još uvek proveravamo status plaćanja. To može potrajati minut. Nećete biti dvaput zaduženi, a ovaj prozor možete da zatvorite i vratite se kasnije.',

  // Complete
  completeTitle: 'Sve je spremno',
  completeTrialTitle: 'Probna verzija je započeta',
  completeSummary: (count: number, product: string, amount: string) =>
    `Kupili ste ${licensesBought(count)} za ${product} po ceni od ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Dodali ste ${licensesBought(count)} za ${product} po ceni od ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Možete da isprobavate ${product} do ${date}.`,
  completeStart: (product: string) => `Počnite da koristite ${product}`,
  completeAdmin: 'Dodeli licence u centru administracije',
  completeManage: 'Dodeli licence sada',
  completeReceipt: 'Priznanica je poslata na vašu poslovnu e-adresu.',
  completeRenews:
    'Pretplata se automatski obnavlja dok je ne otkažete. U bilo kom trenutku možete da dodeljujete, dodajete ili uklanjate licence, ažurirate karticu ili otkažete pretplatu.',
  completeTrialEnds: (product: string, date: string) =>
    `Kada probna verzija istekne ${date}, ${product} prestaje da radi ako ga ne kupite. Ništa se ne naplaćuje.`,
  completeTerms: 'Uslovi kupovine',
  completeSupport: 'Standardna Microsoft podrška',
  completeTraining: (product: string) => `Obuka za ${product}`,
  completeAdminHint:
    'U Microsoft 365 centru administracije možete da dodeljujete licence osobama u organizaciji (do 20 odjednom), kupite još, otkažete pretplatu, ažurirate karticu i pregledate fakture.',

  // Ineligible
  ineligibleTitle: 'Ne možete sami da kupite ovo',
  reasonPersonalEmail:
    'Koristite poslovnu ili školsku e-adresu. Sa lične e-adrese ne može se kupovati za organizaciju.',
  reasonNoTenant: 'Nismo pronašli organizaciju koja koristi domen ove e-adrese u Microsoft uslugama.',
  reasonUnmanagedTenant:
    'Microsoft Entra zakupac vaše organizacije još nema administratora. Administrator mora da preuzme upravljanje zakupcem pre nego što bilo ko može da kupuje.',
  reasonGovernmentTenant: 'Samouslužna kupovina nije dostupna za državne institucije.',
  reasonEducationTenant: 'Samouslužna kupovina nije dostupna za obrazovne institucije.',
  reasonGuestUser: 'Prijavljeni ste kao gost u ovoj organizaciji. Samo njeni članovi mogu da kupuju.',
  reasonMarketUnavailable: (product: string) =>
    `${product} ne može da se kupi samouslužno u zemlji ili regionu vaše organizacije.`,
  reasonDisabledByAdmin: (product: string) => `Vaš IT administrator je isključio samouslužnu kupovinu za ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Vaš IT administrator dozvoljava samo besplatne probne verzije bez načina plaćanja, a ${product} je nema.`,
  ineligibleContact: 'Obratite se IT administratoru da biste ga dobili.',
  ineligibleAdminMessage: (organization: string) => `Poruka organizacije ${organization}:`,
  ineligibleAdminLink: 'Otvori stranicu za zahteve vaše organizacije',
  licenseRequestLabel: 'Poruka administratoru (opcionalno)',
  licenseRequestSubmit: 'Zatraži licencu od administratora',
  licenseRequestSending: 'Slanje…',
  licenseRequestSent: 'Zahtev je poslat administratoru.',

  // Errors
  errorTitle: 'Došlo je do greške',
  retry: 'Pokušaj ponovo',
  startOver: 'Počni ispočetka',
  errorOffline: 'Niste povezani na internet. Proverite vezu i pokušajte ponovo.',
  errorTimeout: 'Usluga za kupovinu nije odgovorila na vreme. Pokušajte ponovo.',
  errorRateLimited: (seconds: number) =>
    `Previše pokušaja. Pokušajte ponovo za ${plural('sr-Latn', seconds, {
      one: `${seconds} sekundu`,
      few: `${seconds} sekunde`,
      other: `${seconds} sekundi`,
    })}.`,
  errorServer: 'Došlo je do greške na našoj strani. Pokušajte ponovo.',
  errorUnavailable: 'Usluga za kupovinu trenutno nije dostupna. Pokušajte ponovo za nekoliko trenutaka.',
  errorBadResponse: 'Dobili smo odgovor koji ne razumemo. Pokušajte ponovo.',
  errorSession: 'Prijava je istekla. Prijavite se ponovo.',
  errorQuantity: 'Taj broj licenci ne može da se kupi. Promenite ga i pokušajte ponovo.',
  errorNotEligible: 'Vaš nalog ne može da kupi ovaj proizvod.',
  errorUnknown: 'Došlo je do greške. Pokušajte ponovo.',
  errorPopupBlocked:
    'Pregledač je blokirao prozor za prijavljivanje. Dozvolite iskačuće prozore za ovu stranicu ili pokušajte ponovo.',
  errorSignInCancelled: 'Prijavljivanje je otkazano. Prijavite se da biste nastavili.',
  errorSignInBusy:
    'Na ovoj stranici je već otvoreno drugo prijavljivanje. Dovršite ga ili zatvorite, pa pokušajte ponovo.',
  errorSignInFailed: 'Prijavljivanje nije uspelo. Pokušajte ponovo.',
  errorAccountMismatch:
    'Prijavili ste se nalogom koji se razlikuje od e-adrese koju ste uneli. Prijavite se tom e-adresom ili koristite drugu.',
  errorCardDeclined: 'Kartica je odbijena. Probajte drugu karticu ili se obratite banci.',
  errorInsufficientFunds: 'Na kartici nema dovoljno sredstava. Probajte drugu karticu.',
  errorExpiredCard: 'Kartica je istekla. Proverite datum isteka ili koristite drugu karticu.',
  errorIncorrectCvc: 'Bezbednosni kôd nije ispravan. Proverite kôd na poleđini kartice.',
  errorAuthenticationFailed: 'Banka nije mogla da potvrdi plaćanje. Pokušajte ponovo ili koristite drugu karticu.',
  errorProcessing: 'Kartica nije mogla da se obradi. Pokušajte ponovo za nekoliko trenutaka.',
  errorIncomplete: 'Dovršite unos podataka o kartici.',
  errorPaymentLoad: 'Bezbedni obrazac za plaćanje nije mogao da se učita. Proverite vezu i pokušajte ponovo.',
  errorPaymentExpired: 'Plaćanje je isteklo pre nego što je dovršeno. Počnite ispočetka; niste zaduženi.',
  errorPaymentFailed: 'Plaćanje nije uspelo i niste zaduženi. Počnite ispočetka da biste pokušali ponovo.',
} satisfies FlowCatalog;
