// The CDN build: one ESM entry (registers every tag) with code-split lazy chunks, minified,
// plus a tiny classic <script> loader. The npm build is plain `tsc` (Lit stays a dependency).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const plugins = [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.build.json', legalComments: 'none' }),
];

export default [
  {
    input: { 'ssp-widgets': 'src/define.ts', 'ssp-widgets.redirect-bridge': 'src/auth/redirect-bridge.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins,
  },
  {
    input: 'src/loader.js',
    output: { file: 'dist/cdn/ssp-widgets.loader.js', format: 'iife' },
    plugins: [esbuild({ target: 'es2020', minify: true })],
  },
];
