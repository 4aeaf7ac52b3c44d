import { devPlugins } from './scripts/dev-plugins.mjs';
import { checkoutPlugin } from './scripts/checkout-plugin.mjs';
import { oidcPlugin } from './scripts/oidc-plugin.mjs';
import { referencePlugin } from './scripts/reference-plugin.mjs';

// `npm start`: serves the demo and the TypeScript sources compiled on the fly, and runs the local
// OpenID Connect provider the demo signs in with, and the API reference at /docs/api/; no network needed.
export default {
  rootDir: '.',
  hostname: 'localhost',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [...devPlugins(), oidcPlugin(), checkoutPlugin(), referencePlugin()],
  watch: false,
};
