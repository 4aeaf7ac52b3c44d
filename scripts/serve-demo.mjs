// `npm start`: serves the QA demo on loopback and prints its address.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

// PORT, or 8000, or the next free port after it when 8000 is taken.
const port = Number(process.env.PORT) || undefined;
const server = await startDevServer({
  config: { ...config, ...(port ? { port } : {}) },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
const url = `http://localhost:${typeof address === 'object' && address ? address.port : (port ?? 8000)}/demo/`;
const checkout = await fetch(new URL('/__checkout.json', url))
  .then((response) => response.json())
  .then(({ apiBase }) => apiBase)
  .catch(() => 'not started');
console.log(
  `\nssp-widgets demo (offline, on the mock checkout service):\n\n  ${url}\n\n` +
    `Mock checkout service (its own origin): ${checkout}\nPress Ctrl+C to stop.`,
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
