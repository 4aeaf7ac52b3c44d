// Dev-server plugin (npm start, npm test): runs the mock checkout service as HTTP servers on origins
// of their own, allows the dev server's origin (CORS), tells pages where theirs is
// (GET /__checkout.json?scope=…) and stops them with the dev server. One server per scope: the demo
// has one that outlives reloads and tabs; each test file asks for its own, so test files running
// side by side never see each other's purchases.
import { startCheckoutServer } from './checkout-server.mjs';

export function checkoutPlugin() {
  const servers = new Map();
  let origin = '';
  return {
    name: 'checkout-server',
    serverStart({ config }) {
      origin = `http://localhost:${config.port}`;
    },
    async serverStop() {
      await Promise.all([...servers.values()].map(async (server) => (await server).close()));
    },
    async serve(context) {
      if (context.path !== '/__checkout.json') return undefined;
      const scope = String(context.query?.scope ?? 'demo');
      if (!servers.has(scope)) servers.set(scope, startCheckoutServer({ allowedOrigins: [origin] }));
      const server = await servers.get(scope);
      return { body: JSON.stringify({ apiBase: server.url }), type: 'json' };
    },
  };
}
