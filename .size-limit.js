// Size budgets of the CDN build (gzip), checked by `npm run size` in `npm run verify` after the
// build, which also checks the README's size table against them (scripts/size-table.mjs). Chunk
// names come from rollup.config.mjs; every check must match at least one file.
const cdn = (...files) =>
  files.map((file) => (file.startsWith('!') ? `!dist/cdn/${file.slice(1)}` : `dist/cdn/${file}`));
const LOCALES = ['en', 'sv', 'da', 'nb', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'ar'];

export default [
  {
    name: 'Entry: registers every tag and renders <ssp-buy-button> (with its English messages)',
    path: cdn('ssp-widgets.js', 'chunks/messages-start-en-*.js'),
    limit: '8 kB',
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
      '!chunks/pseudo-*.js',
      '!ssp-widgets.redirect-bridge.js',
    ),
    // 32 kB until the accessibility fixes of issue 20 (focus kept through payment and 3-D Secure,
    // sign-in cancel and reopen, the refused email's field): +0.63 kB, 0.16 kB of it after a click.
    limit: '33 kB',
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
  ...LOCALES.map((locale) => ({
    name: `Messages: ${locale} (both parts)`,
    path: cdn(`chunks/messages-start-${locale}-*.js`, `chunks/messages-flow-${locale}-*.js`),
    limit: '4.5 kB',
  })),
].map((check) => ({ gzip: true, ...check }));
