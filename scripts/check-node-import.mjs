// `npm run check:node` (after the build, in verify): the package's index and its React components
// import in Node (server rendering, Node-side tests) without a DOM, and every file the exports map
// names exists.
import { existsSync, readFileSync } from 'node:fs';
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
const react = await import('../dist/react/index.js');
if (typeof react.SspBuyButton !== 'object' || typeof react.SspPurchaseFlow !== 'object') {
  console.error('dist/react/index.js imported in Node, but lacks its components');
  process.exit(1);
}
const { exports } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const targets = Object.values(exports).flatMap((target) =>
  typeof target === 'string' ? [target] : Object.values(target),
);
// A pattern (`./dist/cdn/*`) names its folder.
const absent = targets.filter((target) => !existsSync(new URL(`../${target.replace(/\*$/, '')}`, import.meta.url)));
if (absent.length) {
  console.error(`The exports map names files the build did not make: ${absent.join(', ')}`);
  process.exit(1);
}
console.log(
  `dist/index.js (${Object.keys(index).length} exports) and dist/react/index.js import in Node; ` +
    `the ${targets.length} files of the exports map exist.`,
);
