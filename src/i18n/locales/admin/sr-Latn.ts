import type { AdminCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "najviše N znakova" (accusative). */
const characters = (n: number) => plural('sr-Latn', n, { one: `${n} znak`, few: `${n} znaka`, other: `${n} znakova` });
/** "od N znakova" (genitive). */
const charactersOf = (n: number) =>
  plural('sr-Latn', n, { one: `${n} znaka`, few: `${n} znaka`, other: `${n} znakova` });

export const srLatn = {
  // Signing in, shared by the three elements
  adminConfigTitle: 'Ovaj administratorski prikaz nije dostupan',
  adminConfigApiBase: 'Adresa usluge za kupovinu nedostaje ili nije bezbedna (https).',
  adminConfigAuth: 'Nedostaju postavke za prijavljivanje.',
  adminSignInTitle: 'Prijavite se kao administrator',
  adminSignInIntro:
    'Prijavite se poslovnim nalogom. Ovo mogu da koriste globalni administratori, administratori naplate i partneri sa delegiranim administratorskim pravima.',
  adminLoading: 'Učitavanje…',
  adminNotAdmin:
    'Vaš nalog nije administrator nijedne organizacije. Obratite se globalnom administratoru ili administratoru naplate.',
  adminOrganization: (name: string) => `Organizacija: ${name}`,
  adminOrganizationLabel: 'Organizacija',
  adminPartnerNote:
    'Kao partner, možete da pregledate kupovine i preuzmete upravljanje njima. Ostalo obavljaju administratori same organizacije.',
  adminTooLong: (max: number) => `Koristite najviše ${characters(max)}.`,
  adminCount: (used: number, max: number) => `${used} od ${charactersOf(max)}`,
  adminErrorTenant: 'Ne administrirate ovu organizaciju.',
  adminErrorPartner: 'Ovo mogu da urade samo globalni administratori ili administratori naplate same organizacije.',
  adminErrorNoCentral:
    'Vaša organizacija nema slobodnu licencu za ovaj proizvod. Kupite još licenci centralno ili oslobodite jednu, pa pokušajte ponovo.',
  adminErrorNotSelfService: 'Ova pretplata je kupljena centralno, a ne od strane pojedinca.',
  adminErrorPurchaserHere:
    'Kupac je još u vašoj organizaciji: zamolite ga da otkaže pretplatu (preuzmite upravljanje njome da biste mu poslali zahtev).',
  adminErrorRequesterLeft:
    'Ta osoba više nije u vašoj organizaciji, pa ne može da dobije licencu. Umesto toga, odbijte zahtev.',
  adminErrorRequestGone: 'Ovaj zahtev više ne postoji.',
  adminErrorRequestDecided: 'Drugi administrator je već odlučio o ovom zahtevu.',
  adminErrorSubscriptionGone: 'Ova pretplata više nije u vašoj organizaciji.',
  adminErrorExpired: 'Ova pretplata je istekla.',

  // <ssp-purchase-policy>
  policyTitle: 'Smernica za samouslužnu kupovinu',
  policyIntro:
    'Za svaki proizvod izaberite da li osobe u vašoj organizaciji mogu same da ga kupe. Promena važi za njihovu sledeću ponudu.',
  policySettingLabel: 'Samouslužna kupovina',
  policyEnabled: 'Dozvoljeno',
  policyDisabled: 'Nije dozvoljeno',
  policyTrialsOnly: 'Samo besplatne probne verzije, bez plaćanja',
  policyMessageLabel: 'Poruka za osobe koje ne mogu da kupe',
  policyMessageHint: 'Običan tekst: oznake se prikazuju onako kako su unete.',
  policyLinkLabel: 'Veza na kojoj umesto toga mogu da pošalju zahtev',
  policyLinkHint: 'Puna adresa koja počinje sa https://',
  policyLinkInvalid: 'Unesite punu adresu koja počinje sa https://',
  policySave: 'Sačuvaj',
  policySaveLabel: (product: string) => `Sačuvaj smernicu za ${product}`,
  policySaving: 'Čuvanje…',
  policyUnchanged: (product: string) => `Ništa nije promenjeno za ${product}.`,
  policySaved: (product: string, changes: string) => `Sačuvano za ${product}: ${changes}.`,
  policyChangedSetting: (from: string, to: string) => `samouslužna kupovina je promenjena iz „${from}“ u „${to}“`,
  policyChangedMessage: 'poruka je promenjena',
  policyRemovedMessage: 'poruka je uklonjena',
  policyChangedLink: 'veza je promenjena',
  policyRemovedLink: 'veza je uklonjena',
  policyUpdated: (name: string, date: string) => `Poslednja promena: ${name}, ${date}.`,
  policyConflict:
    'Neko drugi je promenio ovu smernicu nakon što ste je otvorili, pa ništa nije sačuvano. Ono što ste uneli je i dalje tu.',
  policyLoadCurrent: 'Učitaj trenutnu smernicu',
  policyCurrentLoaded: (product: string) =>
    `Prikazana je trenutna smernica za ${product}. Ponovo unesite promenu ako vam je i dalje potrebna.`,
  policyPartner: 'Smernicu mogu da menjaju samo globalni administratori ili administratori naplate same organizacije.',

  // <ssp-license-requests>
  requestsTitle: 'Zahtevi za licence',
  requestsShow: 'Prikaži',
  requestsWaiting: 'Čekaju odluku',
  requestsAll: 'Svi zahtevi',
  requestsCaption: (count: number) =>
    plural('sr-Latn', count, {
      one: `${count} zahtev za licencu`,
      few: `${count} zahteva za licencu`,
      other: `${count} zahteva za licencu`,
    }),
  requestsEmpty: 'Nema zahteva na čekanju.',
  requestsEmptyAll: 'Još niko nije zatražio licencu.',
  requestRequester: 'Podnosilac zahteva',
  requestProduct: 'Proizvod',
  requestDate: 'Datum',
  requestMessage: 'Poruka',
  requestStatus: 'Status',
  requestDecision: 'Odluka',
  requestSent: 'Na čekanju',
  requestApproved: 'Odobren',
  requestDeclined: 'Odbijen',
  requestApprove: 'Odobri',
  requestApproveLabel: (name: string, product: string) => `Odobri ${product} za ${name}`,
  requestDecline: 'Odbij',
  requestDeclineLabel: (name: string, product: string) => `Odbij ${product} za ${name}`,
  requestDeclineTitle: (name: string, product: string) => `Odbij ${product} za ${name}`,
  requestNoteLabel: 'Napomena za podnosioca zahteva (opcionalno)',
  requestDeclineConfirm: 'Odbij zahtev',
  requestKeep: 'Nemoj odbiti',
  requestWorking: 'Čuvanje…',
  requestApprovedNotice: (name: string, product: string) => `${name} sada ima licencu za ${product}.`,
  requestDeclinedNotice: (name: string, product: string) => `Zahtev korisnika ${name} za ${product} je odbijen.`,

  // <ssp-admin-purchases>
  purchasesTitle: 'Kupovine u vašoj organizaciji',
  purchasesShow: 'Prikaži',
  sourceSelfService: 'Kupljeno samouslužno',
  sourceCentral: 'Kupljeno centralno',
  sourceAll: 'Sve',
  purchasesSearch: 'Pretraga po proizvodu ili kupcu',
  purchasesCaption: (count: number) =>
    plural('sr-Latn', count, {
      one: `${count} pretplata`,
      few: `${count} pretplate`,
      other: `${count} pretplata`,
    }),
  purchasesEmpty: 'Nema odgovarajućih pretplata.',
  colProduct: 'Proizvod',
  colPurchaser: 'Kupac',
  colSource: 'Način kupovine',
  colQuantity: 'Kupljene licence',
  colAssigned: 'Dodeljeno',
  colPrice: 'Cena kupovine',
  colExpires: 'Ističe',
  colStatus: 'Status',
  colActions: 'Radnje',
  sortedAscending: (column: string) => `Sortirano po koloni „${column}“, rastuće`,
  sortedDescending: (column: string) => `Sortirano po koloni „${column}“, opadajuće`,
  selfService: 'Samouslužno',
  central: 'Centralno',
  centralPurchaser: 'Vaša organizacija',
  pricePerMonth: (price: string) => `${price} po licenci mesečno`,
  pricePerYear: (price: string) => `${price} po licenci godišnje`,
  priceAgreement: 'Ugovor vaše organizacije',
  purchaserLeft: 'Više nije u organizaciji',
  takeoverPending: (date: string) => `Kupcu je ${date} poslat zahtev za otkazivanje`,
  purchaseDetails: 'Detalji',
  purchaseDetailsLabel: (product: string, purchaser: string) => `Detalji za ${product} (kupac: ${purchaser})`,
  purchasesBack: 'Sve kupovine',
  purchaseBoughtBy: (name: string, email: string, date: string) => `Kupac: ${name} (${email}), ${date}`,
  assignedTitle: 'Dodeljeni korisnici',
  assignedNone: 'Niko nema licencu.',
  assignedName: 'Ime',
  assignedEmail: 'E-adresa',
  assignedSince: 'Od',
  assignedCentral: 'Centralna licenca',
  yes: 'Da',
  no: 'Ne',
  takeoverTitle: 'Preuzimanje upravljanja',
  takeoverExplain: (product: string, name: string) =>
    `Svi koji imaju licencu ove pretplate dobijaju licencu iz sopstvenih ${product} licenci vaše organizacije, a korisniku ${name} šalje se zahtev da otkaže pretplatu. Do tada pretplata ostaje aktivna.`,
  takeoverStart: 'Preuzmi upravljanje',
  takeoverConfirm: 'Da, preuzmi upravljanje',
  takeoverKeep: 'Ne sada',
  takeoverDone: (count: number, name: string) =>
    `${plural('sr-Latn', count, {
      one: `${count} osoba je dobila licencu`,
      few: `${count} osobe su dobile licencu`,
      other: `${count} osoba je dobilo licencu`,
    })} od vaše organizacije. Korisniku ${name} je poslat zahtev za otkazivanje.`,
  cancelOnBehalfTitle: 'Otkazivanje u ime kupca',
  cancelOnBehalfExplain: (name: string, date: string) =>
    `${name} više nije u vašoj organizaciji. Pretplata se više ne obnavlja; licence rade do ${date}.`,
  cancelOnBehalfStart: 'Otkaži pretplatu',
  cancelOnBehalfConfirm: 'Da, otkaži je',
  cancelOnBehalfKeep: 'Zadrži je',
  cancelOnBehalfDone: (date: string) => `Otkazano. Licence rade do ${date}.`,
  purchasesExport: 'Izvezi kao CSV',
  purchasesExported: (count: number) =>
    `Preuzeta je CSV datoteka koja sadrži ${plural('sr-Latn', count, {
      one: `${count} pretplatu`,
      few: `${count} pretplate`,
      other: `${count} pretplata`,
    })}.`,
  csvPurchaserEmail: 'E-adresa kupca',
  csvCurrency: 'Valuta',
  csvBilling: 'Period naplate',
  csvBoughtOn: 'Datum kupovine',
  billingMonth: 'Mesečno',
  billingYear: 'Godišnje',
  working: 'Čuvanje…',
} satisfies AdminCatalog;
