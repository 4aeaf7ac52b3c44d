import { readFileSync } from 'node:fs';
// Size budgets of the CDN build (gzip), checked by `npm run size` in `npm run verify` after the
// build, which also checks the README's size table against them (scripts/size-table.mjs). Chunk
// names come from rollup.config.mjs; every check must match at least one file.
const cdn = (...files) =>
  files.map((file) => (file.startsWith('!') ? `!dist/cdn/${file.slice(1)}` : `dist/cdn/${file}`));
// The shipped locales, as src/i18n/i18n.ts lists them (the pseudo-locale has no catalog of its own).
const LOCALES = [
  ...readFileSync(new URL('src/i18n/i18n.ts', import.meta.url), 'utf8')
    .match(/export const LOCALES = \[([^\]]*)\]/)[1]
    .matchAll(/'([\w-]+)'/g),
]
  .map(([, locale]) => locale)
  .filter((locale) => locale !== 'en-XA');
/** Locales written in a script of 2–3 bytes a letter (their messages get a larger budget). */
const WIDE_SCRIPTS = new Set(['ja', 'ar', 'zh-Hans', 'zh-Hant', 'ko', 'ru', 'uk', 'bg', 'he', 'el', 'th']);

export default [
  {
    name: 'Entry: registers every tag and renders <ssp-buy-button> (with its English messages)',
    path: cdn('ssp-widgets.js', 'chunks/messages-start-en-*.js'),
    // 8 kB until the subscription manager: its tag in the registry, its five event classes (the
    // events module is in the entry, for the buy button) and the hook for its catalog part, +0.16 kB.
    // 8.25 kB until 41 languages: their tags and stand-ins (the catalogs' indexes took the loaders
    // out: 8.22 -> 8.08 kB), ISO 4217's minor-unit digits (amounts were read with the browser's
    // display decimals, a hundred times off for HUF in some engines), Serbian's script for dates,
    // the buy button keeping an early 3-D Secure challenge usable, and English standing in when a
    // language's messages cannot be loaded (never a blank element): 8.36 kB.
    limit: '8.5 kB',
  },
  {
    name: 'After a click: what a usable email step still needs (Lit, the flow, the email step)',
    path: cdn('chunks/flow-start-*.js'),
    limit: '12 kB',
  },
  {
    name: 'Entry and email step together (reported, no budget)',
    path: cdn('ssp-widgets.js', 'chunks/messages-start-en-*.js', 'chunks/flow-start-*.js'),
  },
  {
    name: 'The whole SDK but MSAL, Stripe’s loader and the message catalogs',
    path: cdn(
      '*.js',
      'chunks/*.js',
      '!chunks/msal-*.js',
      '!chunks/stripe-js-*.js',
      '!chunks/messages-start-*.js',
      '!chunks/messages-flow-*.js',
      '!chunks/messages-manage-*.js',
      '!chunks/messages-admin-*.js',
      '!chunks/subscription-manager-*.js',
      '!chunks/catalogs-*.js',
      '!chunks/order-history-*.js',
      '!chunks/admin-*.js',
      '!chunks/purchase-policy-*.js',
      '!chunks/license-requests-*.js',
      '!chunks/pseudo-*.js',
      '!ssp-widgets.redirect-bridge.js',
    ),
    // 32 kB until the accessibility fixes of issue 20 (focus kept through payment and 3-D Secure,
    // sign-in cancel and reopen, the refused email's field): +0.63 kB, 0.16 kB of it after a click.
    // 33 kB until the subscription manager and the admin elements (their own chunks are budgeted
    // apart): the entry's share (their tags, events and catalog hooks: +0.43 kB), card updates and
    // 3-D Secure of saved-card charges in our Stripe module, the complete step's "Assign licenses
    // now" (the manager opened in the flow) and what a careful buyer reads there: 34.8 kB.
    // 35 kB until the entry's share above (+0.24 kB) and the checking step's Start over: 35.03 kB.
    limit: '35.5 kB',
  },
  {
    // It loads where a manager is used, after the flow's first two groups (Lit, the checkout client,
    // sign-in and the error messages come from them).
    name: 'The subscription manager, on top of the flow’s code',
    // (What it shares with the admins' purchases, the order history, is a chunk of its own.)
    path: cdn('chunks/subscription-manager-*.js', 'chunks/order-history-*.js'),
    limit: '10.5 kB',
  },
  {
    // The three admin elements and what they share (sign-in, the tenant, styles), on top of the
    // flow's code; each element's own chunk loads only where it is used.
    name: 'The admin elements (purchases, policy, license requests), on top of the flow’s code',
    path: cdn('chunks/admin-*.js', 'chunks/purchase-policy-*.js', 'chunks/license-requests-*.js'),
    limit: '15.5 kB',
  },
  {
    name: 'The redirect page’s script (MSAL’s bridge alone, no SDK)',
    path: cdn('ssp-widgets.redirect-bridge.js'),
    limit: '4 kB',
  },
  {
    name: 'SDK-owned sign-in only: MSAL and our code around it (reported, no budget)',
    path: cdn('chunks/msal-*.js'),
  },
  {
    name: 'Stripe’s loader, from the seat step on (reported, no budget)',
    path: cdn('chunks/stripe-js-*.js'),
  },
  ...['start', 'flow', 'manage', 'admin'].map((part) => ({
    // Loaded before the first catalog of a part other than English's first: one name per language.
    name: `Index of the ${part} catalogs`,
    path: cdn(`chunks/catalogs-${part}-*.js`),
    limit: '1.25 kB',
  })),
  ...LOCALES.map((locale) => ({
    name: `Messages: ${locale} (both parts)`,
    path: cdn(`chunks/messages-start-${locale}-*.js`, `chunks/messages-flow-${locale}-*.js`),
    // Letters of Greek, Cyrillic, Hebrew, Arabic, Thai and East Asian scripts take 2–3 bytes each
    // in UTF-8: a sentence costs 10–20 % more than in a Latin script (Arabic's six plural forms,
    // +0.17 kB, took it past 4.5 kB).
    limit: WIDE_SCRIPTS.has(locale) ? '5.5 kB' : '4.5 kB',
  })),
  ...LOCALES.map((locale) => ({
    name: `Admin messages: ${locale}`,
    path: cdn(`chunks/messages-admin-${locale}-*.js`),
    // Wide scripts as above: Greek and Russian reached 3.51 kB with the message for a requester who left.
    limit: WIDE_SCRIPTS.has(locale) ? '4 kB' : '3.5 kB',
  })),
  ...LOCALES.map((locale) => ({
    name: `Subscription manager messages: ${locale}`,
    path: cdn(`chunks/messages-manage-${locale}-*.js`),
    limit: WIDE_SCRIPTS.has(locale) ? '4 kB' : '3.5 kB',
  })),
].map((check) => ({ gzip: true, ...check }));
