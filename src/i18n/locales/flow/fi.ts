import type { FlowCatalog } from './en.js';

export const fi = {
  signInTitle: 'Kirjaudu jatkaaksesi',
  signInIntro: (email: string, organization: string) =>
    `Kirjaudu käyttäjänä ${email} organisaation ${organization} tilillä. Microsoftin kirjautumisikkuna avautuu.`,
  signInButton: 'Kirjaudu',
  signInPreparing: 'Valmistellaan kirjautumista…',
  signInBusy: 'Kirjaudutaan…',
  signInRedirecting: 'Selain esti kirjautumisikkunan, joten siirrymme kirjautumissivulle…',
  signInCancel: 'Peruuta',
  signInReopen: 'Avaa kirjautumisikkuna uudelleen',
  signInStalled: 'Odotetaan yhä kirjautumista. Jos suljit kirjautumisikkunan, avaa se uudelleen tai peruuta.',
  useDifferentEmail: 'Käytä toista sähköpostiosoitetta',
  checkingTitle: 'Tarkistetaan, mitä voit ostaa…',
  seatsTitle: 'Montako käyttöoikeutta?',
  seatsTitleAdd: 'Lisää käyttöoikeuksia',
  seatsExisting: (count: number, product: string) =>
    count === 1
      ? `Sinulla on jo 1 käyttöoikeus tuotteeseen ${product}.`
      : `Sinulla on jo ${count} käyttöoikeutta tuotteeseen ${product}.`,
  seatsLabel: 'Käyttöoikeuksien määrä',
  seatsHint: (min: number, max: number) => `${min}–${max}. Määrität ne kollegoille jälkeenpäin.`,
  seatsDecrease: 'Yksi käyttöoikeus vähemmän',
  seatsIncrease: 'Yksi käyttöoikeus lisää',
  planLegend: 'Laskutus',
  planMonthly: (price: string) => `Kuukausittain: ${price} / käyttöoikeus / kk`,
  planYearly: (price: string) => `Vuosittain: ${price} / käyttöoikeus / vuosi`,
  totalLabel: 'Yhteensä',
  totalMonthly: (amount: string) => `${amount} kuukaudessa`,
  totalYearly: (amount: string) => `${amount} vuodessa`,
  taxExclusive: 'Lisäksi sovellettavat verot.',
  taxInclusive: 'Sisältää verot.',
  disclosuresTitle: 'Ennen kuin maksat',
  disclosureBilledToYou:
    'Maksat omalla luottokortillasi. Osto laskutetaan sinulta, ei organisaatioltasi, ja vastaat maksusta ostoehtojen mukaisesti.',
  disclosureRenews: 'Tilaus uusiutuu automaattisesti, kunnes peruutat sen.',
  disclosurePrices:
    'Hinnat voivat poiketa siitä, mitä organisaatiosi maksaa keskitetyissä ostoissa tai kumppanin kautta.',
  disclosureAdminSees:
    'IT-järjestelmänvalvoja näkee tämän oston. Järjestelmänvalvoja voi määrittää keskitetysti ostettuja käyttöoikeuksia sen käyttäjille ja pyytää sinua sitten peruuttamaan tilauksen.',
  disclosureDataOwner: (product: string) =>
    `Tuotteessa ${product} luodut tiedot ovat organisaatiosi omistuksessa ja hallinnassa.`,
  disclosureData:
    'Oston käsittelyyn käytetään nimeäsi, sähköpostiosoitettasi, IP-osoitettasi sekä organisaatiosi vuokraaja- ja käyttäjätunnuksia.',
  seatsSubmit: 'Jatka maksamaan',
  seatsSubmitting: 'Valmistellaan maksua…',
  seatsErrorEmpty: 'Anna käyttöoikeuksien määrä.',
  seatsErrorWhole: 'Anna kokonaisluku, esimerkiksi 3.',
  seatsErrorMin: (min: number) => `Osta vähintään ${min}.`,
  seatsErrorMax: (max: number) => `Voit ostaa täällä enintään ${max}.`,
  trialTitle: (product: string) => `Kokeile tuotetta ${product} maksutta`,
  trialIntro: (days: number) =>
    `Organisaatiosi sallii maksuttomat kokeilut. Aloita ${days} päivän kokeilu; luottokorttia ei tarvita.`,
  trialSubmit: 'Aloita maksuton kokeilu',
  trialStarting: 'Aloitetaan kokeilua…',
  paymentTitle: 'Maksa kortilla',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 käyttöoikeus, ${product}: ${amount}` : `${count} käyttöoikeutta, ${product}: ${amount}`,
  paymentCardOnly: 'Luottokortti on ainoa maksutapa.',
  paymentLoading: 'Ladataan suojattua maksulomaketta…',
  paymentSubmit: (amount: string) => `Maksa ${amount}`,
  paymentPaying: 'Maksetaan…',
  paymentBack: 'Muuta käyttöoikeuksia',
  paymentNotTwice: 'Sinua ei veloiteta kahdesti.',
  processingTitle: 'Vahvistetaan maksua…',
  processingSlow:
    'Tarkistamme yhä maksun tilaa. Tämä voi kestää minuutin. Sinua ei veloiteta kahdesti, ja voit sulkea ikkunan ja palata myöhemmin.',
  completeTitle: 'Valmista',
  completeTrialTitle: 'Kokeilusi on alkanut',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Ostit 1 käyttöoikeuden tuotteeseen ${product} hintaan ${amount}.`
      : `Ostit ${count} käyttöoikeutta tuotteeseen ${product} hintaan ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Lisäsit 1 käyttöoikeuden tuotteeseen ${product} hintaan ${amount}.`
      : `Lisäsit ${count} käyttöoikeutta tuotteeseen ${product} hintaan ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Voit kokeilla tuotetta ${product} ${date} asti.`,
  completeStart: (product: string) => `Aloita tuotteen ${product} käyttö`,
  completeAdmin: 'Määritä käyttöoikeudet hallintakeskuksessa',
  completeManage: 'Määritä käyttöoikeudet nyt',
  completeReceipt: 'Kuitti on matkalla työsähköpostiisi.',
  completeRenews:
    'Tilaus uusiutuu automaattisesti, kunnes peruutat sen. Voit milloin tahansa määrittää käyttöoikeuksia, lisätä tai poistaa käyttöoikeuksia, päivittää korttisi tai peruuttaa tilauksen.',
  completeTrialEnds: (product: string, date: string) =>
    `Kun kokeilu päättyy ${date}, tuote ${product} lakkaa toimimasta, ellet osta sitä. Sinua ei veloiteta.`,
  completeTerms: 'Ostoehdot',
  completeSupport: 'Microsoftin vakiotuki',
  completeTraining: (product: string) => `Tuotteen ${product} koulutus`,
  completeAdminHint:
    'Microsoft 365 -hallintakeskuksessa voit määrittää käyttöoikeuksia organisaatiosi ihmisille (enintään 20 kerrallaan), ostaa lisää, peruuttaa, päivittää korttisi ja nähdä laskut.',
  ineligibleTitle: 'Et voi ostaa tätä itse',
  reasonPersonalEmail:
    'Käytä työ- tai koulusähköpostiasi. Henkilökohtaisilla osoitteilla ei voi ostaa organisaatiolle.',
  reasonNoTenant: 'Emme löytäneet organisaatiota, joka käyttää tämän sähköpostin toimialuetta Microsoftissa.',
  reasonUnmanagedTenant:
    'Organisaatiosi Microsoft Entra -vuokraajalla ei ole vielä järjestelmänvalvojaa. Järjestelmänvalvojan on otettava vuokraaja hallintaansa ennen kuin kukaan voi ostaa.',
  reasonGovernmentTenant: 'Omatoiminen osto ei ole käytettävissä julkishallinnon organisaatioille.',
  reasonEducationTenant: 'Omatoiminen osto ei ole käytettävissä oppilaitoksille.',
  reasonGuestUser: 'Olet kirjautunut tähän organisaatioon vieraana. Vain sen omat jäsenet voivat ostaa.',
  reasonMarketUnavailable: (product: string) =>
    `Tuotetta ${product} ei voi ostaa omatoimisesti organisaatiosi maassa tai alueella.`,
  reasonDisabledByAdmin: (product: string) =>
    `IT-järjestelmänvalvojasi on poistanut tuotteen ${product} omatoimisen oston käytöstä.`,
  reasonTrialsOnly: (product: string) =>
    `IT-järjestelmänvalvojasi sallii vain maksuttomat kokeilut ilman maksutapaa, eikä tuotteella ${product} ole sellaista.`,
  ineligibleContact: 'Ota yhteyttä IT-järjestelmänvalvojaasi.',
  ineligibleAdminMessage: (organization: string) => `Viesti organisaatiolta ${organization}:`,
  ineligibleAdminLink: 'Avaa organisaatiosi pyyntösivu',
  licenseRequestLabel: 'Viesti järjestelmänvalvojalle (valinnainen)',
  licenseRequestSubmit: 'Pyydä käyttöoikeutta järjestelmänvalvojalta',
  licenseRequestSending: 'Lähetetään…',
  licenseRequestSent: 'Pyyntösi lähetettiin järjestelmänvalvojalle.',
  errorTitle: 'Jokin meni vikaan',
  retry: 'Yritä uudelleen',
  startOver: 'Aloita alusta',
  errorOffline: 'Olet offline-tilassa. Tarkista yhteys ja yritä uudelleen.',
  errorTimeout: 'Maksupalvelu vastasi liian hitaasti. Yritä uudelleen.',
  errorRateLimited: (seconds: number) =>
    seconds === 1
      ? 'Liian monta yritystä. Yritä uudelleen 1 sekunnin kuluttua.'
      : `Liian monta yritystä. Yritä uudelleen ${seconds} sekunnin kuluttua.`,
  errorServer: 'Meillä meni jokin vikaan. Yritä uudelleen.',
  errorUnavailable: 'Maksupalvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
  errorBadResponse: 'Saimme vastauksen, jota emme ymmärtäneet. Yritä uudelleen.',
  errorSession: 'Kirjautumisesi on vanhentunut. Kirjaudu uudelleen.',
  errorQuantity: 'Tätä määrää käyttöoikeuksia ei voi ostaa. Muuta määrää ja yritä uudelleen.',
  errorNotEligible: 'Tililläsi ei voi ostaa tätä tuotetta.',
  errorUnknown: 'Jokin meni vikaan. Yritä uudelleen.',
  errorPopupBlocked: 'Selain esti kirjautumisikkunan. Salli ponnahdusikkunat tälle sivulle tai yritä uudelleen.',
  errorSignInCancelled: 'Kirjautuminen peruutettiin. Kirjaudu jatkaaksesi.',
  errorSignInBusy: 'Sivulla on jo auki toinen kirjautuminen. Viimeistele tai sulje se ja yritä sitten uudelleen.',
  errorSignInFailed: 'Kirjautuminen ei onnistunut. Yritä uudelleen.',
  errorAccountMismatch:
    'Kirjauduit eri tilillä kuin antamasi sähköpostiosoite. Kirjaudu sillä osoitteella tai käytä toista.',
  errorCardDeclined: 'Korttisi hylättiin. Kokeile toista korttia tai ota yhteyttä pankkiisi.',
  errorInsufficientFunds: 'Kortilla ei ole riittävästi katetta. Kokeile toista korttia.',
  errorExpiredCard: 'Korttisi on vanhentunut. Tarkista voimassaoloaika tai käytä toista korttia.',
  errorIncorrectCvc: 'Turvakoodi on väärä. Tarkista kortin takapuolen koodi.',
  errorAuthenticationFailed: 'Pankkisi ei voinut vahvistaa maksua. Yritä uudelleen tai käytä toista korttia.',
  errorProcessing: 'Korttiasi ei voitu käsitellä. Yritä hetken kuluttua uudelleen.',
  errorIncomplete: 'Täydennä korttitietosi.',
  errorPaymentLoad: 'Suojattua maksulomaketta ei voitu ladata. Tarkista yhteys ja yritä uudelleen.',
  errorPaymentExpired: 'Maksu vanheni ennen kuin se valmistui. Aloita alusta; sinua ei ole veloitettu.',
  errorPaymentFailed: 'Maksu ei mennyt läpi, eikä sinua ole veloitettu. Aloita alusta yrittääksesi uudelleen.',
} satisfies FlowCatalog;
