// The mock checkout service as an HTTP server on its own origin (mocks/http-server.ts, compiled on
// the fly with esbuild so it shares the in-page mock's TypeScript). Used by `npm start` and
// `npm test`; on its own: `node scripts/checkout-server.mjs --origin http://localhost:8000`.
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
// Inside node_modules, so the bundle's bare imports (msw) resolve from the project.
const outfile = new URL('node_modules/.cache/ssp-widgets/checkout-server.mjs', root).pathname;

let loading;

/** Starts a checkout server; resolves with `{ url, service, faults, close() }`. */
export async function startCheckoutServer(options) {
  loading ??= (async () => {
    await mkdir(new URL('node_modules/.cache/ssp-widgets/', root), { recursive: true });
    await build({
      entryPoints: [new URL('mocks/http-server.ts', root).pathname],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    return import(pathToFileURL(outfile).href);
  })();
  const module = await loading;
  return module.startCheckoutServer(options);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const origins = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--origin' ? [arg] : []));
  const server = await startCheckoutServer({ allowedOrigins: origins.length ? origins : ['*'] });
  console.log(`mock checkout service: ${server.url} (CORS for ${origins.join(', ') || 'any origin'})`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
}
