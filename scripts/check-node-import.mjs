// `npm run check:node` (after the build, in verify): the package's index imports in Node (server
// rendering, Node-side tests) without a DOM, and its exports map resolves the redirect bridge.
import { createRequire } from 'node:module';

const index = await import('../dist/index.js');
const missing = ['SspBuyButton', 'SspPurchaseFlow', 'CheckoutClient', 'SspPurchaseCompleteEvent'].filter(
  (name) => typeof index[name] !== 'function',
);
if (missing.length) {
  console.error(`dist/index.js imported in Node, but lacks: ${missing.join(', ')}`);
  process.exit(1);
}
const bridge = createRequire(import.meta.url).resolve('ssp-widgets/redirect-bridge.js');
if (!bridge.endsWith('dist/auth/redirect-bridge.js')) {
  console.error(`ssp-widgets/redirect-bridge.js resolves to ${bridge}`);
  process.exit(1);
}
console.log(`dist/index.js imports in Node (${Object.keys(index).length} exports); the redirect bridge resolves.`);
