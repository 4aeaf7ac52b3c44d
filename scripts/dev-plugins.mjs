// Dev-server plugins shared by `npm start` (the demo) and `npm test` (Web Test Runner).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

/**
 * msw's service worker must be served from the origin root to control every page; served from
 * a sub-folder it starts but intercepts nothing. We serve the file straight from the installed
 * package so no copied worker can drift from the library version.
 */
export function mswWorkerPlugin() {
  return {
    name: 'msw-worker',
    async serve(context) {
      if (context.path === '/mockServiceWorker.js') {
        return { body: await readFile(workerPath, 'utf8'), type: 'js', headers: { 'Service-Worker-Allowed': '/' } };
      }
      return undefined;
    },
  };
}

/** Lets browser code `import contract from '../api/openapi.yaml'` (the tests' contract validator). */
export function yamlModulePlugin() {
  return {
    name: 'yaml-module',
    resolveMimeType(context) {
      return context.path.endsWith('.yaml') ? 'js' : undefined;
    },
    transform(context) {
      if (!context.path.endsWith('.yaml')) return undefined;
      return { body: `export default ${JSON.stringify(parseYaml(String(context.body)))};` };
    },
  };
}

export function devPlugins() {
  return [
    mswWorkerPlugin(),
    yamlModulePlugin(),
    // Lit decorators need an explicit target: 'auto' leaves them untransformed for Chromium.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('../tsconfig.json', import.meta.url).pathname }),
  ];
}
