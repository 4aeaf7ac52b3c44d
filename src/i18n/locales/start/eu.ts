import type { StartCatalog } from './en.js';

export const eu = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Erosi ${product}`,
  buyButtonLabelGeneric: 'Erosi lizentziak',
  dialogClose: 'Itxi',
  loading: 'Kargatzen…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Erosketa-botoi hau ez dago behar bezala konfiguratuta: «${product}» ez da hemen eros daitekeen produktu bat.`,
  configApiBase:
    'Erosketa-inprimaki hau ez dago behar bezala konfiguratuta: ordainketa-zerbitzuaren helbidea falta da edo ez da segurua (https).',
  configAuth: 'Erosketa-inprimaki hau ez dago behar bezala konfiguratuta: saioa hasteko ezarpenak falta dira.',
  configPayment: 'Erosketa-inprimaki hau ez dago behar bezala konfiguratuta: ordainketa-ezarpenak falta dira.',
  configClientReferenceId:
    'Erosketa-inprimaki hau ez dago behar bezala konfiguratuta: bezeroaren erreferentzia-IDa ez da baliozkoa (erabili gehienez 200 letra, zenbaki, marratxo edo azpimarra).',
  configTitle: 'Erosketa ez dago erabilgarri',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Ezin izan gara konektatu ordainketa-zerbitzura. Egiaztatu konexioa eta saiatu berriro.',

  // Email step
  emailTitle: (product: string) => `Erosi ${product}`,
  emailIntro:
    'Idatzi laneko edo eskolako helbide elektronikoa. Zure erakundeak zuk zeuk erosten uzten dizun ala ez egiaztatuko dugu.',
  emailLabel: 'Laneko edo eskolako helbide elektronikoa',
  emailHint: 'Adibidez, izena@enpresa.eus',
  emailSubmit: 'Jarraitu',
  emailChecking: 'Egiaztatzen…',
  emailErrorEmpty: 'Idatzi laneko edo eskolako helbide elektronikoa.',
  emailErrorFormat: 'Idatzi helbide elektroniko bat formatu honetan: izena@enpresa.eus.',
  emailErrorTooLong: 'Helbide elektroniko hori luzeegia da. Erabili gehienez 254 karaktere.',
  emailErrorHidden:
    'Helbide elektroniko horrek karaktere ezkutuak ditu (askotan kopiatu eta itsastean gertatzen da). Idatzi berriro.',
} satisfies StartCatalog;
