import type { ManageCatalog } from './en.js';

export const fi = {
  manageTitle: 'Tilauksesi',
  manageLoading: 'Ladataan tilauksiasi…',
  manageEmpty: 'Et ole itse ostanut yhtään tilausta.',
  manageEmptyProduct: (product: string) => `Et ole itse ostanut tuotetta ${product}.`,
  manageSignInTitle: 'Kirjaudu hallitaksesi tilauksiasi',
  manageSignInIntro: 'Kirjaudu työ- tai koulutililläsi, niin näet ostamasi tuotteet ja voit hallita niitä.',
  manageOpen: 'Hallitse',
  manageOpenLabel: (product: string) => `Hallitse tuotetta ${product}`,
  manageBack: 'Kaikki tilaukset',
  manageNotice: 'Valmis',

  statusActive: 'Aktiivinen',
  statusTrialing: 'Maksuton kokeilu',
  statusPastDue: 'Maksu on erääntynyt',
  statusCanceled: 'Peruutettu',
  statusExpired: 'Päättynyt',
  renewsOn: (date: string) => `Uusiutuu ${date}`,
  endsOn: (date: string) => `Päättyy ${date}`,
  endedOn: (date: string) => `Päättyi ${date}`,
  trialEndsOn: (date: string) => `Maksuton kokeilu ${date} asti`,
  assignedOf: (assigned: number, quantity: number) => `Määritetyt käyttöoikeudet: ${assigned}/${quantity}`,
  pastDueHint: 'Lasku on erääntynyt. Maksa se alla, jotta käyttöoikeudet pysyvät voimassa.',

  // Licenses
  licensesTitle: 'Kenellä on käyttöoikeus',
  licensesFree: (free: number) => (free === 1 ? '1 käyttöoikeus on vapaana.' : `${free} käyttöoikeutta on vapaana.`),
  licensesNone: 'Kenelläkään ei ole vielä käyttöoikeutta.',
  unassign: 'Poista',
  unassignLabel: (name: string) => `Poista käyttöoikeus käyttäjältä ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Poistetaanko käyttöoikeus käyttäjältä ${name}? Hän menettää heti pääsyn tuotteeseen ${product}.`,
  unassignYes: 'Poista käyttöoikeus',
  keep: 'Säilytä',
  unassigned: (name: string) => `Käyttöoikeus poistettiin käyttäjältä ${name}.`,
  searchLabel: 'Etsi henkilöitä organisaatiostasi',
  searchHint: 'Kirjoita nimi tai sähköpostiosoite. Voit määrittää käyttöoikeuden enintään 20 henkilölle kerrallaan.',
  searchTooLong: (max: number) => `Kirjoita enintään ${max} merkkiä.`,
  searchNone: (search: string) => `Organisaatiostasi ei löytynyt ketään hakusanalla ”${search}”.`,
  searching: 'Haetaan…',
  resultsLabel: 'Löydetyt henkilöt',
  hasLicense: 'Käyttöoikeus määritetty',
  guestNotAssignable: 'Vieraskäyttäjä: käyttöoikeutta ei voi määrittää',
  selectedCount: (count: number) => (count === 1 ? '1 henkilö valittu' : `${count} henkilöä valittu`),
  tooManySelected: (max: number) => `Voit määrittää käyttöoikeuden enintään ${max} henkilölle kerrallaan.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Vain 1 käyttöoikeus on vapaana. Valitse vähemmän henkilöitä tai lisää ensin käyttöoikeuksia.'
      : `Vain ${free} käyttöoikeutta on vapaana. Valitse vähemmän henkilöitä tai lisää ensin käyttöoikeuksia.`,
  assignSubmit: (count: number) => (count === 1 ? 'Määritä 1 käyttöoikeus' : `Määritä ${count} käyttöoikeutta`),
  assigning: 'Määritetään…',
  assignedNotice: (count: number) =>
    count === 1 ? '1 henkilöllä on nyt käyttöoikeus.' : `${count} henkilöllä on nyt käyttöoikeus.`,
  assignFailedAlready: (name: string) => `Käyttäjällä ${name} on jo käyttöoikeus.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} ei kuulu organisaatioosi, joten hänelle ei voi määrittää käyttöoikeutta.`,
  assignFailedGuest: (name: string) => `${name} on vieraskäyttäjä, joten hänelle ei voi määrittää käyttöoikeutta.`,
  unassignFailed: (name: string) => `Käyttäjällä ${name} ei ole poistettavaa käyttöoikeutta.`,

  // Number of licenses
  quantityTitle: 'Käyttöoikeuksien määrä',
  quantityLabel: 'Käyttöoikeuksien kokonaismäärä',
  quantityHint: (min: number, max: number) =>
    `${min}–${max}. Lisätyt käyttöoikeudet veloitetaan heti; poistetut poistuvat uusimisen yhteydessä.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 käyttöoikeus on määritetty. Poista käyttöoikeuksia henkilöiltä, ennen kuin lasket määrän sen alle.'
      : `${assigned} käyttöoikeutta on määritetty. Poista käyttöoikeuksia henkilöiltä, ennen kuin lasket määrän sen alle.`,
  quantitySame: 'Sinulla on jo tämä määrä. Anna eri määrä.',
  quantityPreview: 'Tarkista muutos',
  quantityPreviewing: 'Lasketaan…',
  previewIncrease: (added: number, amount: string) =>
    `${added} käyttöoikeuden lisääminen maksaa nyt ${amount} tämän kauden loppuun asti.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 käyttöoikeus poistetaan ${date}. Mitään ei veloiteta eikä hyvitetä nyt.`
      : `${removed} käyttöoikeutta poistetaan ${date}. Mitään ei veloiteta eikä hyvitetä nyt.`,
  previewRecurring: (amount: string) => `Sen jälkeen jokainen uusiminen maksaa ${amount}.`,
  quantityConfirm: 'Vahvista',
  quantityChanging: 'Tallennetaan…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Sinulla on nyt 1 käyttöoikeus. Korttiasi veloitettiin ${amount}.`
      : `Sinulla on nyt ${quantity} käyttöoikeutta. Korttiasi veloitettiin ${amount}.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1
      ? `Sinulla on 1 käyttöoikeus ${date} alkaen.`
      : `Sinulla on ${quantity} käyttöoikeutta ${date} alkaen.`,

  // Cancel
  cancelTitle: 'Peruuta tilaus',
  cancelExplain: (date: string) =>
    `Tilaus ei enää uusiudu. Käyttöoikeudet toimivat ${date} asti; sen jälkeen kaikki, joilla on käyttöoikeus, menettävät pääsyn.`,
  cancelSubmit: 'Peruuta tilaus',
  cancelConfirm: 'Kyllä, peruuta se',
  cancelKeep: 'Säilytä tilaus',
  canceledNotice: (date: string) => `Peruutettu. Käyttöoikeudet toimivat ${date} asti.`,
  reactivate: 'Kumoa peruutus',
  reactivatedNotice: (date: string) => `Tilaus uusiutuu taas ${date}.`,

  // Billing
  billingTitle: 'Laskutus',
  cardLabel: 'Kortti',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand}, loppunumerot ${last4}, vanhenee ${expiry}`,
  cardNone: 'Korttia ei ole tallennettu.',
  cardUpdate: 'Päivitä kortti',
  cardSave: 'Tallenna kortti',
  cardSaving: 'Tallennetaan…',
  cardCancel: 'Peruuta',
  cardUpdated: (card: string) => `Korttisi päivitettiin: ${card}.`,
  invoicesTitle: 'Laskut',
  invoicesNone: 'Ei vielä laskuja.',
  invoiceNumber: 'Lasku',
  invoiceDate: 'Päivämäärä',
  invoiceAmount: 'Summa',
  invoiceStatus: 'Tila',
  invoicePaid: 'Maksettu',
  invoiceOpen: 'Avoin',
  invoicePastDue: 'Erääntynyt',
  invoiceVoid: 'Mitätöity',
  invoicePay: 'Maksa',
  invoicePayLabel: (number: string, amount: string) => `Maksa lasku ${number} (${amount})`,
  invoicePaying: 'Maksetaan…',
  invoicePdf: (number: string) => `Lasku ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Lasku ${number} on maksettu: ${amount}.`,

  // Order history
  historyTitle: 'Tilaushistoria',
  historyChange: 'Muutos',
  historyLicenses: 'Käyttöoikeudet',
  orderPurchase: 'Ostettu',
  orderAdded: (count: number) => (count === 1 ? '1 käyttöoikeus lisätty' : `${count} käyttöoikeutta lisätty`),
  orderRemoved: (count: number) => (count === 1 ? '1 käyttöoikeus poistettu' : `${count} käyttöoikeutta poistettu`),
  orderRenewal: 'Uusittu',
  orderCanceled: 'Peruutettu',
  orderReactivated: 'Peruutus kumottu',

  // Errors
  errorNotPurchaser:
    'Vain tilauksen ostanut henkilö voi hallita sitä. Pyydä apua häneltä tai IT-järjestelmänvalvojaltasi.',
  errorSubscriptionNotFound: 'Tätä tilausta ei löytynyt organisaatiostasi.',
  errorSubscriptionCanceled: 'Tämä tilaus on peruutettu. Kumoa peruutus ensin.',
  errorSubscriptionExpired: 'Tämä tilaus on päättynyt.',
  errorInvalidSearch: 'Hae nimellä tai sähköpostiosoitteella ilman merkkejä < ja >.',
  errorDuplicateUser: 'Sama henkilö valittiin kahdesti. Valitse kukin henkilö vain kerran.',
  errorInvoicePaid: 'Tämä lasku on jo maksettu (ehkä toisessa ikkunassa). Mitään ei veloitettu lisää.',
  errorInvoiceNotPayable: 'Tätä laskua ei voi maksaa täällä.',
  errorNoCard: 'Korttia ei ole tallennettu. Päivitä korttisi ensin.',
} satisfies ManageCatalog;
