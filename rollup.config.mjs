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
  minifyTemplateLiterals({ failOnError: true }),
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
 * email step and what they share. Everything else keeps its own lazy chunk (the flow's engine,
 * each later step, MSAL, Stripe's loader, each locale's messages).
 */
const FIRST_SCREEN = [
  /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  /src\/components\/purchase-flow\/(purchase-flow|purchase-flow\.styles|email-view|persistence)\.ts$/,
  /src\/components\/email-gate\//,
  /src\/shared\/(styles|step-styles|step-events|step|validation)\.ts$/,
];

export default [
  {
    input: { 'ssp-widgets': 'src/define.ts', 'ssp-widgets.redirect-bridge': 'src/auth/redirect-bridge.ts' },
    // Lazy chunks may import from the entry itself instead of a facade chunk: one request fewer.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      manualChunks(id) {
        if (ENTRY.some((pattern) => pattern.test(id))) return 'ssp-widgets';
        if (FIRST_SCREEN.some((pattern) => pattern.test(id))) return 'flow';
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
