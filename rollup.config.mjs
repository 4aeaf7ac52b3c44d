// The CDN build: one ESM entry (registers every tag) with code-split lazy chunks, minified,
// plus a tiny classic <script> loader. The npm build is plain `tsc` (Lit stays a dependency).
import { rm } from 'node:fs/promises';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

await rm(new URL('./dist/cdn', import.meta.url), { recursive: true, force: true });

// TypeScript to JavaScript module by module (not minified yet: the next plugin must still see the
// `html` and `css` tags), the templates' markup and CSS minified, then each chunk minified. Text
// stays UTF-8 (module scripts are always decoded as UTF-8): escaped, an Arabic or Japanese catalog
// is three times as large and gzips larger too (Arabic: 4.5 kB instead of 4.2 kB).
const plugins = [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', legalComments: 'none', charset: 'utf8' }),
  // styles.ts only wraps CSS text for Lit (the text itself is minified where it is written).
  minifyTemplateLiterals({ failOnError: true, include: ['src/**/*.ts'], exclude: ['src/shared/styles.ts'] }),
  minify({ target: 'es2022', legalComments: 'none', charset: 'utf8' }),
];

export default [
  {
    input: { 'ssp-widgets': 'src/define.ts' },
    // Lazy chunks may import from the entry itself instead of a facade chunk: one request fewer.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Messages are named by part and locale (`messages-start-sv-…`), for the per-locale budgets;
      // each part's index of its catalogs (`catalogs.ts`) by part (`catalogs-start-…`).
      chunkFileNames: ({ facadeModuleId }) => {
        const catalog = facadeModuleId?.match(/locales\/(start|flow|manage|admin)\/([\w-]+)\.ts$/);
        if (!catalog) return 'chunks/[name]-[hash].js';
        const [, part, file] = catalog;
        return file === 'catalogs' ? `chunks/catalogs-${part}-[hash].js` : `chunks/messages-${part}-${file}-[hash].js`;
      },
      sourcemap: true,
      // Our chunks follow the code's import() points (src/elements.ts and the lazy providers);
      // vendors are named here only so that the size budgets (.size-limit.js) can find them.
      manualChunks(id) {
        if (/node_modules\/@azure\//.test(id)) return 'msal';
        if (/node_modules\/@stripe\//.test(id)) return 'stripe-js';
        return undefined;
      },
    },
    plugins,
  },
  // The redirect page's script, built alone: sharing chunks with the SDK would make it import the
  // whole MSAL chunk (about 70 kB gzip) for the few kB of MSAL's bridge it runs.
  {
    input: { 'ssp-widgets.redirect-bridge': 'src/auth/redirect-bridge.ts' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins,
  },
  {
    input: 'src/loader.js',
    output: { file: 'dist/cdn/ssp-widgets.loader.js', format: 'iife' },
    plugins: [esbuild({ target: 'es2020', minify: true })],
  },
];
