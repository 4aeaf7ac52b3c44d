// `npm run build:testing` (part of `npm run build`): the `ssp-widgets/testing` entries in dist/testing/,
// never part of the SDK's own bundle or the CDN folder.
// - index.js (browser): the fake Stripe.js, the test sign-in, the test identities and cards, and the
//   handle on a mock checkout server. It imports the SDK's own modules from dist/ (so `AuthError` and
//   the rest are the very classes the elements use) and bundles everything else.
// - server.js (Node): the mock checkout server, msw and all included, so a host needs no other package.
// - .d.ts: tsc's declarations of mocks/, where `../src/` becomes `../` (dist/testing sits in dist/
//   as mocks/ sits beside src/).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = resolve(root, 'src');
const out = resolve(root, 'dist/testing');
const types = resolve(root, 'node_modules/.cache/ssp-widgets/testing-types');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

/** Imports of the SDK's source stay imports, of the same module in dist/. */
const sdkFromDist = {
  name: 'sdk-from-dist',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
      const target = resolve(resolveDir, path);
      if (!target.startsWith(src + '/')) return undefined;
      return { path: `../${relative(src, target).replace(/\.ts$/, '.js')}`, external: true };
    });
  },
};

const common = { bundle: true, format: 'esm', logLevel: 'warning', legalComments: 'none', charset: 'utf8' };
await build({
  ...common,
  entryPoints: [resolve(root, 'mocks/testing.ts')],
  outfile: resolve(out, 'index.js'),
  platform: 'browser',
  target: 'es2022',
  plugins: [sdkFromDist],
});
await build({
  ...common,
  entryPoints: [resolve(root, 'mocks/testing-server.ts')],
  outfile: resolve(out, 'server.js'),
  platform: 'node',
  target: 'node20',
  minify: true,
  // msw's CommonJS dependencies call require() for Node's modules.
  banner: {
    js: "import { createRequire as __sspRequire } from 'node:module'; const require = __sspRequire(import.meta.url);",
  },
});

await rm(types, { recursive: true, force: true });
execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.testing.json'], {
  cwd: root,
  stdio: 'inherit',
});
// The declarations the two entries reach, and no others (handlers.d.ts, for one, would need msw).
const renamed = { 'testing.d.ts': 'index.d.ts', 'testing-server.d.ts': 'server.d.ts' };
const pending = Object.keys(renamed);
const copied = new Set();
while (pending.length) {
  const file = pending.pop();
  if (copied.has(file)) continue;
  copied.add(file);
  const text = await readFile(resolve(types, 'mocks', file), 'utf8');
  for (const [, path] of text.matchAll(/(?:from\s*|import\()\s*['"]\.\/([^'"]+)\.js['"]/g))
    pending.push(`${path}.d.ts`);
  await writeFile(resolve(out, renamed[file] ?? file), text.replace(/(['"])\.\.\/src\//g, '$1../'));
}

// Every relative import of the entries must land on a file of the package.
const missing = [];
for (const file of await readdir(out)) {
  const text = await readFile(resolve(out, file), 'utf8');
  for (const [, path] of text.matchAll(/(?:from\s*|import\()\s*['"](\.\.?\/[^'"]+)['"]/g)) {
    const target = resolve(out, path).replace(/\.js$/, file.endsWith('.d.ts') ? '.d.ts' : '.js');
    if (!existsSync(target)) missing.push(`${file} → ${path}`);
  }
}
if (missing.length) {
  console.error(`dist/testing imports files that are not in dist:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/testing: ${(await readdir(out)).join(', ')}`);
