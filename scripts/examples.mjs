// `npm run examples` (the last step of `npm run verify`, after the build): each app in examples/ is
// set up as a host team's app would be, from the packed package, then type-checked, built, and a
// purchase completed in it in Chromium against `ssp-widgets/testing`:
//   1. `npm pack` of this repository (the tarball a host installs);
//   2. per example, in a copy outside the repository (so nothing resolves from this repository's
//      node_modules): `npm install --no-save <tarball>` (everything else as its own lockfile says; the
//      tarball is new each build, so it is in neither package.json nor the lockfile), one copy of lit
//      (`npm ls lit`), `npm run build` (tsc / vue-tsc, then vite build);
//   3. per example: its dist/ served on a free loopback port, the mock checkout server of the
//      example's installed `ssp-widgets/testing/server`, and Playwright buying 2 licenses as
//      megan@contoso.com with 4242 4242 4242 4242 until the app's own "Thanks, 2 licenses" shows.
// `--only react` runs one example; `--no-install` reuses each example's node_modules (after a build).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const install = !args.includes('--no-install');
const examples = (await readdir(resolve(root, 'examples'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && (!only || entry.name === only))
  .map((entry) => entry.name);
// One folder per checkout, outside it; node_modules stay there between runs (`--no-install`).
const work = join(tmpdir(), `ssp-widgets-examples-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command and resolves with its standard output; its output is shown only when it fails. */
function run(command, commandArgs, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(stdout)
        : fail(new Error(`${command} ${commandArgs.join(' ')} (in ${cwd}) exited with ${code}:\n${output}`)),
    );
  });
}

// 1. The tarball a host installs.
const packDir = resolve(root, 'node_modules/.cache/ssp-widgets/pack');
await rm(packDir, { recursive: true, force: true });
await mkdir(packDir, { recursive: true });
const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', packDir], root));
const tarball = join(packDir, packed.filename);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `npm pack: ${packed.filename}, ${kB(packed.size)} (${kB(packed.unpackedSize)} unpacked), ${packed.entryCount} files`,
);

/**
 * Proves each example's type-check is live: for the build's type-check only, a file that must not
 * type-check without its `expect-error`s (a number as product, a field the event lacks), with a static
 * URL among the attributes (vue-tsc 3.3.12–3.3.14 silently skip a template's checks then).
 */
const TYPE_GUARDS = {
  react: [
    'src/__type-guard.tsx',
    `import { SspBuyButton } from 'ssp-widgets/react';

export const guards = [
  // @ts-expect-error: a product is a string
  <SspBuyButton product={1} apiBase="https://checkout.example.com" />,
  // @ts-expect-error: the event has no such field
  <SspBuyButton product="power-bi-pro" onPurchaseComplete={(event) => event.noSuchField} />,
];
`,
  ],
  vue: [
    'src/__type-guard.vue',
    `<template>
  <!-- @vue-expect-error a product is a string -->
  <ssp-buy-button :product="1" api-base="https://checkout.example.com" />
  <!-- @vue-expect-error the event has no such field -->
  <ssp-buy-button product="power-bi-pro" @ssp-purchase-complete="(event) => event.noSuchField" />
</template>
`,
  ],
};

// 2. Install, one lit, type-check and build: the examples side by side (mostly waiting on npm).
async function setUp(name) {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir)) {
    if (entry !== 'node_modules') await rm(join(dir, entry), { recursive: true, force: true });
  }
  await cp(resolve(root, 'examples', name), dir, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
  });
  const since = Date.now();
  const steps = [];
  const step = async (label, work) => {
    const at = Date.now();
    const result = await work();
    steps.push(`${label} ${seconds(at)}`);
    return result;
  };
  if (install) {
    // The example's lockfile for everything else; --no-save leaves package.json and the lockfile as committed.
    const flags = ['--no-save', '--prefer-offline', '--no-audit', '--no-fund'];
    await step('install', () => run('npm', ['install', ...flags, tarball], dir));
  }
  const lits = new Set((await run('npm', ['ls', 'lit', '--all', '--parseable'], dir)).split('\n').filter(Boolean));
  if (lits.size !== 1) throw new Error(`${name}: ${lits.size} copies of lit:\n  ${[...lits].join('\n  ')}`);
  const [guardFile, guard] = TYPE_GUARDS[name] ?? [];
  if (guardFile) await writeFile(join(dir, guardFile), guard);
  try {
    await step('build', () => run('npm', ['run', 'build'], dir));
  } finally {
    if (guardFile) await rm(join(dir, guardFile), { force: true });
  }
  // gzip sizes: what the page loads (its entry and the modules it preloads), and every script.
  const dist = resolve(dir, 'dist');
  const gzip = async (files) => {
    let bytes = 0;
    for (const file of files) bytes += gzipSync(await readFile(join(dist, file))).length;
    return `${(bytes / 1000).toFixed(1)} kB`;
  };
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const onLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(([, file]) => file);
  const scripts = (await readdir(join(dist, 'assets'))).filter((file) => file.endsWith('.js'));
  const sizes = `page load ${await gzip(onLoad)} gzip, all ${scripts.length} scripts ${await gzip(scripts.map((file) => `assets/${file}`))}`;
  console.log(
    `${name}: ${install ? 'installed, ' : ''}1 copy of lit, type-checked and built in ${seconds(since)} (${steps.join(', ')}); ${sizes}`,
  );
}
await Promise.all(examples.map(setUp));

// 3. A purchase in each built app.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A static server for an example's dist/ on a free loopback port. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    const found = file.startsWith(dir) && (await stat(file).catch(() => undefined))?.isFile();
    if (!found) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

async function purchase(browser, name) {
  const dir = join(work, name);
  const since = Date.now();
  // What a host's test imports: the package as installed in the example.
  const testing = resolve(dir, 'node_modules/ssp-widgets/dist/testing/server.js');
  const { startCheckoutServer } = await import(pathToFileURL(testing).href);
  const checkout = await startCheckoutServer();
  const site = await serve(resolve(dir, 'dist'));
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${site.url}?ssp-test=${encodeURIComponent(checkout.url)}`);
    const buy = page.locator('ssp-buy-button');
    await buy.getByRole('button', { name: /^Buy / }).click();
    await buy.getByLabel('Work or school email').fill('megan@contoso.com');
    await buy.getByRole('button', { name: 'Continue' }).click();
    await buy.getByRole('button', { name: 'Sign in', exact: true }).click({ timeout: 15000 });
    await buy.getByLabel('Number of licenses').fill('2');
    await buy.getByRole('button', { name: 'Continue to payment' }).click();
    const card = buy.frameLocator('iframe[title="Secure payment input frame"]');
    await card.getByLabel('Card number').fill('4242 4242 4242 4242');
    await card.getByLabel('Expiration').fill('12 / 34');
    await card.getByLabel('Security code').fill('123');
    await buy.getByRole('button', { name: /^Pay / }).click();
    // The app's own UI, outside the SDK's elements.
    await page.locator('main > p[role=status]', { hasText: 'Thanks, 2 licenses' }).waitFor({ timeout: 20000 });
    const purchases = checkout.purchases();
    if (purchases.length !== 1 || purchases[0].status !== 'active' || purchases[0].charges !== 1) {
      throw new Error(`${name}: the checkout server holds ${JSON.stringify(purchases)}`);
    }
    if (errors.length) throw new Error(`${name}: page errors:\n  ${errors.join('\n  ')}`);
    console.log(`${name}: bought 2 × power-bi-pro, "Thanks, 2 licenses" shown, 1 charge (${seconds(since)})`);
  } catch (error) {
    await mkdir(resolve(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: resolve(root, `test-results/example-${name}-failure.png`) }).catch(() => {});
    throw error;
  } finally {
    await page.close();
    site.close();
    await checkout.stop();
  }
}

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
try {
  for (const name of examples) await purchase(browser, name);
} finally {
  await browser.close();
}
console.log(`examples: ${examples.join(', ')} passed in ${seconds(started)}`);
