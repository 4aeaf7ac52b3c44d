// `npm run bench`: measures the built CDN bundle in headless Chromium (Playwright), as the median of
// N runs (default 10): main-thread time to the buy button, from click to a usable email step, per
// step, long tasks, and bytes of SDK code per step. It reports; it does not fail on time.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 10;
const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

const harness = await build({
  entryPoints: [join(root, 'bench/harness.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});

const files = {
  '/': await readFile(join(root, 'bench/index.html')),
  '/harness.js': Buffer.from(harness.outputFiles[0].text),
  '/mockServiceWorker.js': await readFile(require.resolve('msw/mockServiceWorker.js')),
};
// The server counts the SDK's bytes on the wire (gzip), per phase: a service worker sits in the
// page (the mock), which hides transfer sizes from the page's own timing APIs.
let sdkBytesServed = 0;
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  let body = files[path];
  const sdk = path.startsWith('/dist/cdn/') && !path.endsWith('.map');
  if (!body && sdk) body = await readFile(join(root, normalize(path))).catch(() => undefined);
  if (!body) return res.writeHead(404).end();
  const headers = { 'Content-Type': TYPES[extname(path)] ?? TYPES['.html'], 'Cache-Control': 'no-store' };
  if (sdk) {
    body = gzipSync(body, { level: 9 });
    headers['Content-Encoding'] = 'gzip';
    sdkBytesServed += body.length;
  }
  res.writeHead(200, headers).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function run(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const taskTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  };
  /** CPU time spent in the SDK's own code (samples whose function comes from /dist/cdn/). */
  const sdkCpu = (profile) => {
    const sdkNodes = new Set(profile.nodes.filter((n) => n.callFrame.url.includes('/dist/cdn/')).map((n) => n.id));
    let micros = 0;
    profile.samples.forEach((id, i) => {
      if (sdkNodes.has(id)) micros += profile.timeDeltas[i] ?? 0;
    });
    return micros / 1000;
  };
  /**
   * The longest stretch of consecutive samples with SDK code anywhere on the stack: an upper bound
   * on the longest task our code runs (the page's long tasks include the mock and the test driver).
   */
  const sdkStretch = (profile) => {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
    const inSdk = new Map();
    const sdkOnStack = (id) => {
      if (inSdk.has(id)) return inSdk.get(id);
      const node = byId.get(id);
      const value = node.callFrame.url.includes('/dist/cdn/') || (parent.has(id) && sdkOnStack(parent.get(id)));
      inSdk.set(id, value);
      return value;
    };
    let longest = 0;
    let current = 0;
    profile.samples.forEach((id, i) => {
      current = sdkOnStack(id) ? current + (profile.timeDeltas[i] ?? 0) : 0;
      longest = Math.max(longest, current);
    });
    return longest / 1000;
  };
  const phases = {};
  const measure = async (name, action) => {
    const [t0, b0] = [await taskTime(), sdkBytesServed];
    await cdp.send('Profiler.start');
    await action();
    const { profile } = await cdp.send('Profiler.stop');
    phases[name] = {
      pageMs: (await taskTime()) - t0,
      sdkMs: sdkCpu(profile),
      sdkLongestMs: sdkStretch(profile),
      bytes: sdkBytesServed - b0,
    };
  };

  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
  const dialog = page.locator('ssp-buy-button');
  await measure('load → buy button rendered', async () => {
    await page.evaluate(() => import('/dist/cdn/ssp-widgets.js'));
    await dialog.getByRole('button', { name: 'Buy Power BI Pro' }).waitFor();
  });
  await measure('click → email step usable', async () => {
    await dialog.getByRole('button', { name: 'Buy Power BI Pro' }).click();
    await dialog.getByLabel('Work or school email').waitFor();
  });
  await measure('email → sign-in', async () => {
    await dialog.getByLabel('Work or school email').fill('megan@contoso.com');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  });
  await measure('sign-in → seats', async () => {
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.getByLabel('Number of licenses').waitFor();
  });
  await measure('seats → payment ready', async () => {
    await dialog.getByRole('button', { name: 'Continue to payment' }).click();
    await dialog.frameLocator('iframe.fake-stripe-frame').getByLabel('Card number').waitFor();
  });
  await measure('pay → complete', async () => {
    const card = dialog.frameLocator('iframe.fake-stripe-frame');
    await card.getByLabel('Card number').fill('4242 4242 4242 4242');
    await card.getByLabel('Expiration').fill('12 / 34');
    await card.getByLabel('Security code').fill('123');
    await dialog.getByRole('button', { name: /^Pay / }).click();
    await dialog.getByRole('heading', { name: 'You’re all set' }).waitFor({ timeout: 20000 });
  });
  const longTasks = await page.evaluate(() => window.longTasks);
  await context.close();
  return { phases, longTasks };
}

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) runs.push(await run(browser));
} finally {
  await browser.close();
  server.close();
}

const names = Object.keys(runs[0].phases);
const round = (value) => Math.round(value * 10) / 10;
const rows = names.map((name) => ({
  phase: name,
  sdkCpuMs: round(median(runs.map((r) => r.phases[name].sdkMs))),
  pageCpuMs: round(median(runs.map((r) => r.phases[name].pageMs))),
  sdkLongestMs: round(median(runs.map((r) => r.phases[name].sdkLongestMs))),
  sdkKB: round(median(runs.map((r) => r.phases[name].bytes)) / 1000),
}));
const longTasks = {
  medianCount: median(runs.map((r) => r.longTasks.length)),
  longestMs: Math.round(Math.max(0, ...runs.flatMap((r) => r.longTasks))),
  longestSdkStretchMs: round(Math.max(0, ...runs.flatMap((r) => Object.values(r.phases).map((p) => p.sdkLongestMs)))),
};

console.log(`\nssp-widgets bench: CDN build, headless Chromium, median of ${RUNS} runs`);
console.log("(SDK CPU: sampled time in the SDK's own code; page: all main-thread tasks, including the");
console.log(' in-page mock service, fake Stripe.js and the test driver; longest SDK stretch: the longest');
console.log(' run of samples with SDK code on the stack; kB: SDK code on the wire, gzip, 1 kB = 1000 B)\n');
console.log('| phase | SDK CPU ms | longest SDK stretch ms | page main-thread ms | SDK kB transferred |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.phase} | ${row.sdkCpuMs} | ${row.sdkLongestMs} | ${row.pageCpuMs} | ${row.sdkKB} |`);
}
console.log(
  `\nlong tasks (≥ 50 ms) per run, page-wide: median ${longTasks.medianCount}, longest ${longTasks.longestMs} ms;` +
    ` longest stretch of SDK code in any run: ${longTasks.longestSdkStretchMs} ms`,
);

await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(
  join(root, 'bench-results/bench.json'),
  JSON.stringify({ runs: RUNS, date: new Date().toISOString(), phases: rows, longTasks, raw: runs }, null, 2),
);
console.log('wrote bench-results/bench.json');
