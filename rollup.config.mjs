// The CDN build: one ESM entry (registers every tag) with code-split lazy chunks, minified,
// plus a tiny classic <script> loader. The npm build is plain `tsc` (Lit stays a dependency).
import { rm } from 'node:fs/promises';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

await rm(new URL('./dist/cdn', import.meta.url), { recursive: true, force: true });

// TypeScript to JavaScript module by module (not minified yet: the next plugin must still see the
// `html` and `css` tags), the templates' markup and CSS minified, then each chunk minified.
const plugins = [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', legalComments: 'none' }),
  // styles.ts only wraps CSS text for Lit (the text itself is minified where it is written).
  minifyTemplateLiterals({ failOnError: true, include: ['src/**/*.ts'], exclude: ['src/shared/styles.ts'] }),
  minify({ target: 'es2022', legalComments: 'none' }),
];

/** The entry: what registers the tags and renders the buy button (no Lit). */
const ENTRY = [
  /src\/(define|elements)\.ts$/,
  /src\/components\/buy-button\/buy-button(\.styles)?\.ts$/,
  /src\/i18n\/i18n\.ts$/,
  /src\/shared\/(css|products|events)\.ts$/,
];

/**
 * What a click needs before the email step is usable, in one file: Lit, the flow element, the
 * email step and what they share.
 */
const FIRST_SCREEN = [
  /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  /src\/components\/purchase-flow\/(purchase-flow|purchase-flow\.styles|email-view|persistence)\.ts$/,
  /src\/components\/email-gate\//,
  /src\/shared\/(styles|step-styles|step-events|step|validation)\.ts$/,
];

/**
 * The flow's engine (machine, checkout client, sign-in, effects) with the steps that can follow the
 * email step (sign-in, not eligible): it loads while the email step is shown.
 */
const ENGINE = [
  /src\/components\/purchase-flow\/(engine|machine|views)\.ts$/,
  /src\/api\/client\.ts$/,
  /src\/auth\/(delegated|lazy-msal|types)\.ts$/,
  /src\/payment\/(lazy|types)\.ts$/,
  /src\/i18n\/messages\.ts$/,
  /src\/components\/(sign-in|ineligible-notice)\//,
];

/** The checkout steps (seats, card, done): they load while the sign-in step is shown. */
const CHECKOUT = [/src\/components\/(seat-picker|card-payment|purchase-complete)\//];

// Small chunks cost more than their size once gzipped alone (each loses the dictionary it would
// share with its neighbours), so the steps travel in these groups rather than one file each.
const GROUPS = { 'ssp-widgets': ENTRY, flow: FIRST_SCREEN, engine: ENGINE, checkout: CHECKOUT };

export default [
  {
    input: { 'ssp-widgets': 'src/define.ts', 'ssp-widgets.redirect-bridge': 'src/auth/redirect-bridge.ts' },
    // Lazy chunks may import from the entry itself instead of a facade chunk: one request fewer.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Messages are named by part and locale (`messages-start-sv-…`), for the per-locale budgets.
      chunkFileNames: ({ facadeModuleId }) => {
        const catalog = facadeModuleId?.match(/locales\/(start|flow)\/([\w-]+)\.ts$/);
        return catalog ? `chunks/messages-${catalog[1]}-${catalog[2]}-[hash].js` : 'chunks/[name]-[hash].js';
      },
      sourcemap: true,
      manualChunks(id) {
        for (const [group, patterns] of Object.entries(GROUPS)) {
          if (patterns.some((pattern) => pattern.test(id))) return group;
        }
        // Vendors in chunks of their own, named for the size budgets (.size-limit.js).
        if (/node_modules\/@azure\/|src\/auth\/msal\.ts$/.test(id)) return 'msal';
        if (/node_modules\/@stripe\//.test(id)) return 'stripe-js';
        return undefined;
      },
    },
    plugins,
  },
  {
    input: 'src/loader.js',
    output: { file: 'dist/cdn/ssp-widgets.loader.js', format: 'iife' },
    plugins: [esbuild({ target: 'es2020', minify: true })],
  },
];
