// `npm start`: serves the QA demo on loopback and prints its address.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { ...config, port },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}/demo/`;
console.log(
  `\nssp-widgets demo (offline, on the built-in mock checkout service):\n\n  ${url}\n\nPress Ctrl+C to stop.`,
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
