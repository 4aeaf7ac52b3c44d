import type { StartCatalog } from './en.js';

export const ca = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Compra ${product}`,
  buyButtonLabelGeneric: 'Compra llicències',
  dialogClose: 'Tanca',
  loading: 'S’està carregant…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Aquest botó de compra no està ben configurat: «${product}» no és un producte que es pugui comprar aquí.`,
  configApiBase:
    'Aquest formulari de compra no està ben configurat: falta l’adreça del servei de pagament o no és segura (https).',
  configAuth: 'Aquest formulari de compra no està ben configurat: falta la configuració d’inici de sessió.',
  configPayment: 'Aquest formulari de compra no està ben configurat: falta la configuració de pagament.',
  configClientReferenceId:
    'Aquest formulari de compra no està ben configurat: l’identificador de referència del client no és vàlid (fes servir fins a 200 lletres, xifres, guions o guions baixos).',
  configTitle: 'La compra no està disponible',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'No hem pogut connectar amb el servei de pagament. Comprova la connexió i torna-ho a provar.',

  // Email step
  emailTitle: (product: string) => `Compra ${product}`,
  emailIntro:
    'Introdueix el teu correu electrònic de la feina o de l’escola. Comprovarem si la teva organització et permet comprar-lo pel teu compte.',
  emailLabel: 'Correu electrònic de la feina o de l’escola',
  emailHint: 'Per exemple, nom@empresa.cat',
  emailSubmit: 'Continua',
  emailChecking: 'S’està comprovant…',
  emailErrorEmpty: 'Introdueix el teu correu electrònic de la feina o de l’escola.',
  emailErrorFormat: 'Introdueix una adreça electrònica amb el format nom@empresa.cat.',
  emailErrorTooLong: 'Aquesta adreça electrònica és massa llarga. Fes servir com a màxim 254 caràcters.',
  emailErrorHidden:
    'Aquesta adreça electrònica conté caràcters ocults (sovint en copiar i enganxar). Torna-la a escriure.',
} satisfies StartCatalog;
