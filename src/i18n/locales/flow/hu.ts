import type { FlowCatalog } from './en.js';

export const hu = {
  // Sign-in step
  signInTitle: 'Jelentkezzen be a folytatáshoz',
  signInIntro: (email: string, organization: string) =>
    `Jelentkezzen be a(z) ${organization} szervezeti fiókjával (${email}). Megnyílik egy Microsoft bejelentkezési ablak.`,
  signInButton: 'Bejelentkezés',
  signInPreparing: 'A bejelentkezés előkészítése…',
  signInBusy: 'Bejelentkezés…',
  signInRedirecting: 'A böngésző letiltotta a bejelentkezési ablakot, ezért átirányítjuk a bejelentkezési oldalra…',
  signInCancel: 'Mégse',
  signInReopen: 'A bejelentkezési ablak megnyitása újra',
  signInStalled:
    'Még várunk a bejelentkezésre. Ha bezárta a bejelentkezési ablakot, nyissa meg újra, vagy szakítsa meg a bejelentkezést.',
  useDifferentEmail: 'Másik e-mail-cím használata',

  // Checking
  checkingTitle: 'Ellenőrizzük, mit vásárolhat…',

  // Seat step
  seatsTitle: 'Hány licencre van szüksége?',
  seatsTitleAdd: 'Licencek hozzáadása',
  seatsExisting: (count: number, product: string) => `Már ${count} ${product}-licenccel rendelkezik.`,
  seatsLabel: 'Licencek száma',
  seatsHint: (min: number, max: number) => `${min}–${max}. A licenceket utána hozzárendelheti a munkatársaihoz.`,
  seatsDecrease: 'Eggyel kevesebb licenc',
  seatsIncrease: 'Eggyel több licenc',
  planLegend: 'Számlázás',
  planMonthly: (price: string) => `Havi: ${price} licencenként, havonta`,
  planYearly: (price: string) => `Éves: ${price} licencenként, évente`,
  totalLabel: 'Összesen',
  totalMonthly: (amount: string) => `${amount} havonta`,
  totalYearly: (amount: string) => `${amount} évente`,
  taxExclusive: 'Az összeghez hozzáadódnak a vonatkozó adók.',
  taxInclusive: 'Az ár tartalmazza az adót.',
  disclosuresTitle: 'Fizetés előtt',
  disclosureBilledToYou:
    'Saját hitelkártyájával fizet. A számlát Ön kapja, nem a szervezete, és a vásárlási feltételek szerint Ön felel a fizetésért.',
  disclosureRenews: 'Az előfizetés a lemondásáig automatikusan megújul.',
  disclosurePrices: 'Az árak eltérhetnek attól, amit a szervezete központi vásárláskor vagy partneren keresztül fizet.',
  disclosureAdminSees:
    'Az informatikai rendszergazdája látja ezt a vásárlást. Egy rendszergazda központilag vásárolt licenceket rendelhet hozzá a felhasználókhoz, majd megkérheti Önt, hogy mondja le az előfizetést.',
  disclosureDataOwner: (product: string) =>
    `A(z) ${product} termékben létrehozott adatokat a szervezete birtokolja és felügyeli.`,
  disclosureData:
    'A vásárlás feldolgozásához felhasználjuk a nevét, e-mail-címét, IP-címét, valamint a szervezete bérlő- és felhasználói azonosítóit.',
  seatsSubmit: 'Tovább a fizetéshez',
  seatsSubmitting: 'A fizetés előkészítése…',
  seatsErrorEmpty: 'Adja meg a licencek számát.',
  seatsErrorWhole: 'Adjon meg egy egész számot (például: 3).',
  seatsErrorMin: (min: number) => `Legalább ${min} licencet vásároljon.`,
  seatsErrorMax: (max: number) => `Itt legfeljebb ${max} licencet vásárolhat.`,

  // Trial
  trialTitle: (product: string) => `${product} ingyenes kipróbálása`,
  trialIntro: (days: number) =>
    `A szervezete engedélyezi az ingyenes próbaverziókat. Indítson el egy ${days} napos próbaverziót; ehhez nincs szükség hitelkártyára.`,
  trialSubmit: 'Ingyenes próbaverzió indítása',
  trialStarting: 'A próbaverzió indítása…',

  // Payment step
  paymentTitle: 'Fizetés kártyával',
  paymentSummary: (count: number, product: string, amount: string) => `${count} ${product}-licenc: ${amount}`,
  paymentCardOnly: 'A hitelkártya az egyetlen fizetési mód.',
  paymentLoading: 'A biztonságos fizetési űrlap betöltése…',
  paymentSubmit: (amount: string) => `Fizetés: ${amount}`,
  paymentPaying: 'Fizetés…',
  paymentBack: 'Licencek módosítása',
  paymentNotTwice: 'Nem terheljük meg kétszer.',

  // Processing
  processingTitle: 'A fizetés megerősítése…',
  processingSlow:
    'Még ellenőrizzük a fizetés állapotát. Ez egy percig is eltarthat. Nem terheljük meg kétszer, és bezárhatja ezt az ablakot, majd később visszatérhet.',

  // Complete
  completeTitle: 'Minden kész',
  completeTrialTitle: 'Elindult a próbaverzió',
  completeSummary: (count: number, product: string, amount: string) =>
    `${count} ${product}-licencet vásárolt ${amount} összegben.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `${count} ${product}-licencet adott hozzá ${amount} összegben.`,
  completeTrialSummary: (product: string, date: string) => `A(z) ${product} eddig próbálható ki: ${date}.`,
  completeStart: (product: string) => `Kezdje el használni: ${product}`,
  completeAdmin: 'Licencek hozzárendelése a felügyeleti központban',
  completeManage: 'Licencek hozzárendelése most',
  completeReceipt: 'A nyugtát elküldjük a munkahelyi e-mail-címére.',
  completeRenews:
    'Az előfizetés a lemondásáig automatikusan megújul. Bármikor hozzárendelhet licenceket, licenceket adhat hozzá vagy távolíthat el, frissítheti a kártyáját, vagy lemondhatja az előfizetést.',
  completeTrialEnds: (product: string, date: string) =>
    `Amikor a próbaverzió lejár (${date}), a(z) ${product} leáll, hacsak meg nem vásárolja. Semmit sem számolunk fel.`,
  completeTerms: 'Vásárlási feltételek',
  completeSupport: 'Standard támogatás a Microsofttól',
  completeTraining: (product: string) => `${product}-képzés`,
  completeAdminHint:
    'A Microsoft 365 Felügyeleti központban licenceket rendelhet hozzá a szervezete tagjaihoz (egyszerre legfeljebb 20-hoz), többet vásárolhat, lemondhatja az előfizetést, frissítheti a kártyáját, és megtekintheti a számlákat.',

  // Ineligible
  ineligibleTitle: 'Ezt nem vásárolhatja meg saját maga',
  reasonPersonalEmail:
    'Használja munkahelyi vagy iskolai e-mail-címét. Személyes e-mail-címmel nem lehet szervezet számára vásárolni.',
  reasonNoTenant:
    'Nem találtunk olyan szervezetet, amely ennek az e-mail-címnek a tartományát használja a Microsoftnál.',
  reasonUnmanagedTenant:
    'A szervezete Microsoft Entra-bérlőjének még nincs rendszergazdája. Mielőtt bárki vásárolhatna, egy rendszergazdának át kell vennie a bérlőt.',
  reasonGovernmentTenant: 'Az önkiszolgáló vásárlás kormányzati szervezetek számára nem érhető el.',
  reasonEducationTenant: 'Az önkiszolgáló vásárlás oktatási intézmények számára nem érhető el.',
  reasonGuestUser: 'Vendégként jelentkezett be ebbe a szervezetbe. Csak a szervezet saját tagjai vásárolhatnak.',
  reasonMarketUnavailable: (product: string) =>
    `A(z) ${product} önkiszolgáló módon nem vásárolható meg a szervezete országában vagy régiójában.`,
  reasonDisabledByAdmin: (product: string) =>
    `Az informatikai rendszergazdája kikapcsolta a(z) ${product} önkiszolgáló vásárlását.`,
  reasonTrialsOnly: (product: string) =>
    `Az informatikai rendszergazdája csak fizetési mód nélküli ingyenes próbaverziókat engedélyez, a(z) ${product} termékhez pedig nincs ilyen.`,
  ineligibleContact: 'A beszerzéshez forduljon az informatikai rendszergazdájához.',
  ineligibleAdminMessage: (organization: string) => `${organization} üzenete:`,
  ineligibleAdminLink: 'A szervezete igénylési oldalának megnyitása',
  licenseRequestLabel: 'Üzenet a rendszergazdának (nem kötelező)',
  licenseRequestSubmit: 'Licenc kérése a rendszergazdától',
  licenseRequestSending: 'Küldés…',
  licenseRequestSent: 'Kérését elküldtük a rendszergazdának.',

  // Errors
  errorTitle: 'Hiba történt',
  retry: 'Újrapróbálkozás',
  startOver: 'Kezdés elölről',
  errorOffline: 'Nincs internetkapcsolat. Ellenőrizze a kapcsolatot, és próbálkozzon újra.',
  errorTimeout: 'A fizetési szolgáltatás túl sokáig nem válaszolt. Próbálkozzon újra.',
  errorRateLimited: (seconds: number) => `Túl sok próbálkozás. Próbálkozzon újra ${seconds} másodperc múlva.`,
  errorServer: 'Hiba történt a mi oldalunkon. Próbálkozzon újra.',
  errorUnavailable: 'A fizetési szolgáltatás jelenleg nem érhető el. Próbálkozzon újra egy kis idő múlva.',
  errorBadResponse: 'Olyan választ kaptunk, amelyet nem értünk. Próbálkozzon újra.',
  errorSession: 'A bejelentkezése lejárt. Jelentkezzen be újra.',
  errorQuantity: 'Ennyi licenc nem vásárolható. Módosítsa a számot, és próbálkozzon újra.',
  errorNotEligible: 'Ezzel a fiókkal nem vásárolhatja meg ezt a terméket.',
  errorUnknown: 'Hiba történt. Próbálkozzon újra.',
  errorPopupBlocked:
    'A böngésző letiltotta a bejelentkezési ablakot. Engedélyezze az előugró ablakokat ezen az oldalon, vagy próbálkozzon újra.',
  errorSignInCancelled: 'A bejelentkezés megszakadt. A folytatáshoz jelentkezzen be.',
  errorSignInBusy:
    'Ezen az oldalon már folyamatban van egy másik bejelentkezés. Fejezze be vagy zárja be, majd próbálkozzon újra.',
  errorSignInFailed: 'A bejelentkezés nem sikerült. Próbálkozzon újra.',
  errorAccountMismatch:
    'Más fiókkal jelentkezett be, mint a megadott e-mail-cím. Jelentkezzen be azzal a címmel, vagy használjon másikat.',
  errorCardDeclined: 'A kártyát elutasították. Próbálkozzon másik kártyával, vagy forduljon a bankjához.',
  errorInsufficientFunds: 'A kártyán nincs elegendő fedezet. Próbálkozzon másik kártyával.',
  errorExpiredCard: 'A kártya lejárt. Ellenőrizze a lejárati dátumot, vagy használjon másik kártyát.',
  errorIncorrectCvc: 'A biztonsági kód helytelen. Ellenőrizze a kártya hátoldalán lévő kódot.',
  errorAuthenticationFailed:
    'A bankja nem tudta ellenőrizni a fizetést. Próbálkozzon újra, vagy használjon másik kártyát.',
  errorProcessing: 'A kártyát nem sikerült feldolgozni. Próbálkozzon újra egy kis idő múlva.',
  errorIncomplete: 'Adja meg a kártya összes adatát.',
  errorPaymentLoad:
    'A biztonságos fizetési űrlapot nem sikerült betölteni. Ellenőrizze a kapcsolatot, és próbálkozzon újra.',
  errorPaymentExpired: 'A fizetés lejárt, mielőtt befejeződött volna. Kezdje elölről; nem terheltük meg.',
  errorPaymentFailed: 'A fizetés nem sikerült, és nem terheltük meg. Kezdje elölről az újrapróbálkozáshoz.',
} satisfies FlowCatalog;
