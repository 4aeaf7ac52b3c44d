import type { StartCatalog } from './en.js';

export const hu = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `${product} vásárlása`,
  buyButtonLabelGeneric: 'Licencek vásárlása',
  dialogClose: 'Bezárás',
  loading: 'Betöltés…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Ez a vásárlási gomb nincs megfelelően beállítva: a(z) „${product}” termék itt nem vásárolható meg.`,
  configApiBase:
    'Ez a vásárlási űrlap nincs megfelelően beállítva: a fizetési szolgáltatás címe hiányzik, vagy nem biztonságos (https).',
  configAuth: 'Ez a vásárlási űrlap nincs megfelelően beállítva: hiányoznak a bejelentkezési beállítások.',
  configPayment: 'Ez a vásárlási űrlap nincs megfelelően beállítva: hiányoznak a fizetési beállítások.',
  configClientReferenceId:
    'Ez a vásárlási űrlap nincs megfelelően beállítva: az ügyfél-hivatkozási azonosító érvénytelen (legfeljebb 200 betű, számjegy, kötőjel vagy aláhúzásjel lehet).',
  configTitle: 'A vásárlás nem érhető el',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Nem sikerült elérni a fizetési szolgáltatást. Ellenőrizze a kapcsolatot, és próbálkozzon újra.',

  // Email step
  emailTitle: (product: string) => `${product} vásárlása`,
  emailIntro:
    'Adja meg munkahelyi vagy iskolai e-mail-címét. Ellenőrizzük, hogy a szervezete engedélyezi-e, hogy Ön maga vásároljon.',
  emailLabel: 'Munkahelyi vagy iskolai e-mail-cím',
  emailHint: 'Például: nev@ceg.hu',
  emailSubmit: 'Tovább',
  emailChecking: 'Ellenőrzés…',
  emailErrorEmpty: 'Adja meg munkahelyi vagy iskolai e-mail-címét.',
  emailErrorFormat: 'Az e-mail-címet nev@ceg.hu formában adja meg.',
  emailErrorTooLong: 'Ez az e-mail-cím túl hosszú. Legfeljebb 254 karaktert használjon.',
  emailErrorHidden:
    'Ez az e-mail-cím rejtett karaktereket tartalmaz (gyakran másolás és beillesztés miatt). Írja be újra.',
} satisfies StartCatalog;
