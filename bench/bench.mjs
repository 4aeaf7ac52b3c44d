// `npm run bench`: what the SDK costs the host's page, measured side by side with what the field
// costs, in one run of headless Chromium (Playwright), offline:
// - main-thread CPU from a Chrome trace: every top-level event on the page's renderer main thread
//   (tasks and the microtask checkpoints Chromium records beside them), net of an empty page doing
//   the same (loading an empty script, clicking a button that does nothing);
// - long tasks (≥ 50 ms) from the same trace, at 1× and at 4× CPU throttling;
// - code bytes (gzip) per phase, counted when the page requests them, for both sign-in modes
//   (host-delegated, and SDK-owned MSAL as in the README's embed example);
// - the floor (a trivial Lit element) and Adyen Web Drop-in + Card, rendered offline, so it prints
//   ratios.
// Scenarios interleave within each of N iterations (default 10; BENCH_RUNS) and each figure is the
// median. It reports; it never fails on time. It reads the load average and says when the machine
// was too busy for the figures to mean much; only a quiet full run rewrites the README's table.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import prettier from 'prettier';
import { chromiumPath, CHROMIUM_FLAGS } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 10;
const CORES = cpus().length;
/** Above this 1-minute load average (others' work, before the bench adds its own) figures are flagged. */
const MAX_LOAD = Number(process.env.BENCH_MAX_LOAD) || CORES / 2;
const RATES = [1, 4];
const LONG_TASK_MS = 50;
const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

// ---------------------------------------------------------------------------------------------
// What the page can load: the CDN build (read once, so a build running meanwhile changes nothing),
// the peers and the harness, each gzipped once.

const files = new Map();
const serve = (path, text) => {
  const raw = Buffer.from(text);
  files.set(path, { raw, gzip: gzipSync(raw, { level: 9 }), type: TYPES[extname(path)] ?? TYPES['.html'] });
};

async function readCdn(dir = join(root, 'dist/cdn')) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await readCdn(path);
    else if (entry.name.endsWith('.js')) serve(`/cdn/${relative(join(root, 'dist/cdn'), path)}`, await readFile(path));
  }
}
await readCdn().catch(() => {
  console.error('No CDN build in dist/cdn: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
});

const bundle = async (entryPoints, options = {}) =>
  (
    await build({
      entryPoints,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      outdir: '/',
      logLevel: 'silent',
      ...options,
    })
  ).outputFiles;

for (const file of await bundle([join(root, 'bench/harness.ts')])) serve('/harness.js', file.text);
// The peers, minified as a host's production build would be (one file each, CSS apart).
for (const file of await bundle(
  {
    empty: join(root, 'bench/peers/empty.ts'),
    'lit-floor': join(root, 'bench/peers/lit-floor.ts'),
    adyen: join(root, 'bench/peers/adyen.ts'),
  },
  { minify: true, legalComments: 'none', define: { 'process.env.NODE_ENV': '"production"' } },
)) {
  serve(`/peers${file.path}`, file.text);
}
serve('/', await readFile(join(root, 'bench/index.html')));
serve('/auth-redirect.html', '<!doctype html><title>redirect</title>');

/** Code the page runs (counted as bytes): the SDK's and the peers'. */
const isCode = (path) => path.startsWith('/cdn/') || path.startsWith('/peers/');

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  const file = files.get(path);
  if (!file) return res.writeHead(404).end();
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res
    .writeHead(200, {
      'Content-Type': file.type,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    .end(gzip ? file.gzip : file.raw);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;

// The mock checkout service over HTTP, on its own origin (as `ssp-widgets/testing/server` runs it).
const serverDir = await mkdtemp(join(tmpdir(), 'ssp-bench-'));
await build({
  entryPoints: [join(root, 'mocks/testing-server.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(serverDir, 'server.mjs'),
  logLevel: 'silent',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { startCheckoutServer } = await import(join(serverDir, 'server.mjs'));
const checkout = await startCheckoutServer({ processingMs: 300 });

// ---------------------------------------------------------------------------------------------
// One scenario in one page: its phases, each started by the harness (a load) or by a click, and
// ended by the harness when its result is usable; then the page is left to settle (network quiet,
// main thread idle) before the next, so a phase also owns what it loads behind its result.

const SCENARIOS = process.env.BENCH_ONLY?.split(',') ?? ['empty', 'lit', 'adyen', 'ssp-delegated', 'ssp-msal'];
const LOADED = { empty: 'empty', lit: 'lit', adyen: 'adyen', 'ssp-delegated': 'button', 'ssp-msal': 'button' };

const debug = (...args) => process.env.BENCH_DEBUG && console.error(new Date().toISOString().slice(11, 23), ...args);

async function settle(page, phase) {
  debug('settle', phase);
  // Network quiet for 500 ms (and at least 1 s in all), then an idle period on the main thread.
  const started = Date.now();
  let seen = -1;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500 || Date.now() - started < 1000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (requests !== seen) [seen, quietSince] = [requests, Date.now()];
  }
  // (After a click, headless Chromium may hold idle callbacks back for long: hence the timeout.)
  await page.evaluate((name) => {
    requestIdleCallback(
      () => {
        performance.mark(`${name}:idle`);
        window.benchIdle = name;
      },
      { timeout: 500 },
    );
  }, phase);
  await page.waitForFunction((name) => window.benchIdle === name, phase, { polling: 100 });
  debug('settled', phase);
}
let requests = 0;
server.on('request', () => requests++);

async function center(locator) {
  const box = await locator.boundingBox();
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** Clicks at the element's place (no in-page work by the driver inside the phase). */
async function clickPhase(page, phase, condition, locator) {
  const [x, y] = await center(locator);
  await page.evaluate(([name, until]) => window.bench.arm(name, until), [phase, condition]);
  const done = page.evaluate(() => window.bench.ended());
  await page.mouse.click(x, y);
  await done;
  await settle(page, phase);
}

async function runScenario(browser, scenario, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('crash', () => errors.push('the page crashed'));
  const cdp = await context.newCDPSession(page);
  debug('open', scenario, rate);
  await page.goto(`${origin}/?scenario=${scenario}&checkout=${encodeURIComponent(checkout.url)}`);
  await page.waitForFunction(() => window.benchReady === true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', '__metadata'] },
  });
  const phases = ['load'];
  try {
    await page.evaluate(([name, until]) => window.bench.load(name, until), ['load', LOADED[scenario]]);
    await settle(page, 'load');
    if (scenario === 'empty') {
      phases.push('click');
      await clickPhase(page, 'click', 'clicked', page.locator('#target'));
    }
    if (scenario.startsWith('ssp-')) {
      const dialog = page.locator('ssp-buy-button');
      phases.push('click');
      await clickPhase(page, 'click', 'email', dialog.getByRole('button', { name: 'Buy Power BI Pro' }));
      await dialog.getByLabel('Work or school email').fill('megan@contoso.com');
      phases.push('email');
      await clickPhase(page, 'email', 'sign-in', dialog.getByRole('button', { name: 'Continue' }));
      if (scenario === 'ssp-delegated') {
        phases.push('sign-in');
        await clickPhase(page, 'sign-in', 'seats', dialog.getByRole('button', { name: 'Sign in', exact: true }));
        phases.push('seats');
        await clickPhase(page, 'seats', 'payment', dialog.getByRole('button', { name: 'Continue to payment' }));
        const card = page.frameLocator('iframe.fake-stripe-frame');
        await card.getByLabel('Card number').fill('4242 4242 4242 4242');
        await card.getByLabel('Expiration').fill('12 / 34');
        await card.getByLabel('Security code').fill('123');
        phases.push('pay');
        await clickPhase(page, 'pay', 'complete', dialog.getByRole('button', { name: /^Pay / }));
      }
    }
  } catch (error) {
    await context.close();
    throw new Error(`${scenario} at ${rate}×, phase ${phases.at(-1)}: ${error.message}`, { cause: error });
  }
  await cdp.send('Tracing.end');
  await traced;
  await context.close();
  if (errors.length) console.error(`${scenario}: page errors: ${errors.join('; ')}`);
  return analyze(events, phases);
}

// ---------------------------------------------------------------------------------------------
// The trace: the page's renderer main thread, its top-level time as merged intervals, the
// harness's marks, and the requests for code.

function analyze(events, phases) {
  // The page's renderer: where the harness's first mark is; its main thread runs the page.
  const pid = events.find((e) => e.name === `${phases[0]}:start`)?.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain',
  );
  if (!main) throw new Error('The trace has no main thread for the page.');
  const threadEvents = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const intervals = threadEvents.map((e) => [e.ts, e.ts + e.dur]).sort((a, b) => a[0] - b[0]);
  const tasks = [];
  for (const [start, end] of intervals) {
    const last = tasks.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else tasks.push([start, end]);
  }
  const marks = new Map(
    events.filter((e) => e.pid === pid && e.cat.includes('blink.user_timing')).map((e) => [e.name, e.ts]),
  );
  const taskAt = (ts) => tasks.find(([start, end]) => start <= ts && ts <= end);
  const cpu = (from, to) =>
    tasks.reduce((sum, [start, end]) => sum + Math.max(0, Math.min(end, to) - Math.max(start, from)), 0) / 1000;
  const sent = events
    .filter((e) => e.pid === pid && e.name === 'ResourceSendRequest')
    .map((e) => ({ ts: e.ts, path: new URL(e.args.data.url).pathname, url: e.args.data.url }))
    .filter(({ url }) => url.startsWith(origin) && isCode(new URL(url).pathname));
  // Bytes belong to the phase from the end of the one before (what a hover before the click requests).
  const bytes = (from, to) =>
    sent
      .filter(({ ts }) => from <= ts && ts <= to)
      .reduce((sum, { path }) => sum + (files.get(path)?.gzip.length ?? 0), 0);

  const result = {};
  let previousIdle = 0;
  for (const phase of phases) {
    const [startMark, endMark, idleMark] = ['start', 'end', 'idle'].map((k) => marks.get(`${phase}:${k}`));
    if (startMark === undefined || endMark === undefined || idleMark === undefined) {
      throw new Error(`phase ${phase}: marks missing (${[...marks.keys()].join(', ')})`);
    }
    const start = taskAt(startMark)?.[0] ?? startMark;
    const end = taskAt(endMark)?.[1] ?? endMark;
    const longOnes = tasks.filter(([s, e]) => e >= start && s <= idleMark && e - s >= LONG_TASK_MS * 1000);
    const long = longOnes.map(([s, e]) => (e - s) / 1000);
    // What ran in each long task (its longest events), to tell where it comes from.
    const inside = longOnes.map(([s, e]) =>
      threadEvents
        .filter((x) => x.ts >= s && x.ts + x.dur <= e && x.dur >= 5000 && !/RunTask|Microtask/.test(x.name))
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 4)
        .map(
          (x) =>
            `${x.name} ${Math.round(x.dur / 1000)} ${x.args?.data?.url?.replace(/.*\//, '') ?? x.args?.data?.functionName ?? ''}`,
        ),
    );
    result[phase] = {
      cpuUsable: cpu(start, end),
      cpuIdle: cpu(start, idleMark),
      wallUsable: (end - start) / 1000,
      longTasks: long,
      longTaskContents: inside,
      bytesUsable: bytes(previousIdle, end),
      bytesPhase: bytes(previousIdle, idleMark),
      requested: sent
        .filter(({ ts }) => previousIdle <= ts && ts <= idleMark)
        .map(({ ts, path }) => [path, (ts - start) / 1000]),
    };
    previousIdle = idleMark;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const loads = [loadavg()[0]];
console.log(`load average (1 min) before the run: ${loads[0].toFixed(2)} on ${CORES} cores`);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  // Offline: any host but this machine fails at once (Adyen's and Microsoft's hosts included).
  args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
const samples = {}; // `${scenario}@${rate}` → [per-phase results per run]
try {
  for (let run = 0; run < RUNS; run++) {
    // Interleaved: every scenario at every rate once per iteration, in an order that rotates.
    const order = SCENARIOS.flatMap((scenario) => RATES.map((rate) => [scenario, rate]));
    const shift = (run * 3) % order.length;
    for (const [scenario, rate] of [...order.slice(shift), ...order.slice(0, shift)]) {
      checkout.reset();
      (samples[`${scenario}@${rate}`] ??= []).push(await runScenario(browser, scenario, rate));
    }
    loads.push(loadavg()[0]);
    process.stdout.write(`run ${run + 1}/${RUNS} (load ${loads.at(-1).toFixed(2)})\n`);
  }
} finally {
  await browser.close();
  server.close();
  await checkout.stop();
  await rm(serverDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Figures: medians, net of the empty page, ratios to Adyen's Drop-in.

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const stat = (key, phase, field) => median(samples[key].map((r) => r[phase][field]));
const longTasks = (key, phase) => {
  const all = samples[key].map((r) => r[phase].longTasks);
  return { runsWith: all.filter((l) => l.length).length, longest: round(Math.max(0, ...all.flat())) };
};
const figures = {};
for (const rate of RATES) {
  const base = { load: stat(`empty@${rate}`, 'load', 'cpuUsable'), click: stat(`empty@${rate}`, 'click', 'cpuUsable') };
  for (const scenario of SCENARIOS.filter((s) => s !== 'empty')) {
    const key = `${scenario}@${rate}`;
    for (const phase of Object.keys(samples[key][0])) {
      const net = (field) => Math.max(0, stat(key, phase, field) - (phase === 'load' ? base.load : base.click));
      (figures[`${scenario}/${phase}`] ??= {})[rate] = {
        cpuUsable: round(net('cpuUsable')),
        cpuIdle: round(net('cpuIdle')),
        wallUsable: round(stat(key, phase, 'wallUsable')),
        bytesUsable: round(stat(key, phase, 'bytesUsable') / 1000, 2),
        bytesPhase: round(stat(key, phase, 'bytesPhase') / 1000, 2),
        longTasks: longTasks(key, phase),
      };
    }
  }
  figures[`empty@${rate}`] = { load: round(base.load), click: round(base.click) };
}

const adyen = figures['adyen/load'] ?? { 1: {}, 4: {} }; // (absent when BENCH_ONLY leaves it out)
const ratio = (value, of) => (of ? round(value / of, 2) : '–');
const ROWS = [
  ['lit/load', 'Lit alone (the floor): a trivial element'],
  ['adyen/load', 'Adyen Web Drop-in + Card, rendered'],
  ['ssp-delegated/load', 'ssp entry: load → buy button'],
  ['ssp-delegated/click', 'ssp click → usable email step, host-delegated sign-in'],
  ['ssp-msal/click', 'ssp click → usable email step, SDK-owned sign-in'],
  ['ssp-delegated/email', 'ssp email → sign-in step, host-delegated'],
  ['ssp-msal/email', 'ssp email → sign-in step ready, SDK-owned'],
  ['ssp-delegated/sign-in', 'ssp sign-in → seats'],
  ['ssp-delegated/seats', 'ssp seats → card form ready'],
  ['ssp-delegated/pay', 'ssp pay → complete'],
];
const tasksCell = (f) =>
  `${f.longTasks.runsWith}/${RUNS}${f.longTasks.runsWith ? ` (≤ ${f.longTasks.longest} ms)` : ''}`;
const table = [
  '| what | CPU to usable 1× (ms) | ÷ Adyen | CPU to usable 4× (ms) | CPU until idle 1× (ms) | runs with long tasks 1× | runs with long tasks 4× | gzip kB before usable | whole phase kB | ÷ Adyen (kB) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...ROWS.filter(([key]) => figures[key]).map(([key, label]) => {
    const [one, four] = [figures[key][1], figures[key][4]];
    return `| ${label} | ${one.cpuUsable} | ${ratio(one.cpuUsable, adyen[1].cpuUsable)} | ${four.cpuUsable} | ${one.cpuIdle} | ${tasksCell(one)} | ${tasksCell(four)} | ${one.bytesUsable} | ${one.bytesPhase} | ${ratio(one.bytesPhase, adyen[1].bytesPhase)} |`;
  }),
];
// A whole purchase's code: through the sign-in step in each mode, then the steps after it (the
// same code in both modes; the bench does not sign in to Microsoft).
const phaseBytes = (scenario, phases) =>
  phases.reduce((sum, phase) => sum + (figures[`${scenario}/${phase}`]?.[1].bytesPhase ?? NaN), 0);
const after = phaseBytes('ssp-delegated', ['sign-in', 'seats', 'pay']);
const whole = Object.fromEntries(
  ['ssp-delegated', 'ssp-msal'].map((s) => [s, round(phaseBytes(s, ['load', 'click', 'email']) + after, 2)]),
);
const stripeFree = (kB) => `${kB} kB (${ratio(kB, adyen[1].bytesPhase)}× Adyen’s ${adyen[1].bytesPhase} kB)`;
const loadDuring = median(loads.slice(1));
const busy = loads[0] > MAX_LOAD || loadDuring > MAX_LOAD + 1;
// A threshold raised by hand (BENCH_MAX_LOAD) lets a run on a busy machine be written, flagged.
const quiet = loads[0] <= CORES / 2 && loadDuring <= CORES / 2 + 1;
const date = new Date().toISOString().slice(0, 10);
const summary = [
  `Headless Chromium, offline, median of ${RUNS} interleaved runs, ${date}; load average (1 min) ${loads[0].toFixed(2)} before the run and ${loadDuring.toFixed(2)} during it (the bench's own share included) on ${CORES} cores.`,
  `CPU: every top-level event on the page's main thread (tasks and microtask checkpoints), net of an empty page (loading an empty script: ${figures['empty@1'].load} ms; a click that does nothing: ${figures['empty@1'].click} ms). "Usable": the frame in which the field or button is shown and enabled. Long tasks: ≥ ${LONG_TASK_MS} ms, from the phase's start until the page is idle again. Bytes: code requested (gzip, 1 kB = 1000 B), before the result is usable and until the page is idle again (what the phase loads behind it included).`,
  ...(quiet
    ? []
    : [
        `⚠ Measured on a busy machine (other work kept the load average above ${CORES / 2}): absolute times are inflated and noisier; the ratios, measured in the same run, hold better.`,
      ]),
  `A whole purchase's code before Stripe.js: host-delegated ${stripeFree(whole['ssp-delegated'])}, SDK-owned sign-in ${stripeFree(whole['ssp-msal'])}.`,
];

console.log(`\nssp-widgets bench\n\n${summary.join('\n\n')}\n\n${table.join('\n')}\n`);
if (busy) {
  console.log(
    `⚠ The machine was busy (load average above ${MAX_LOAD} before the run, or above ${MAX_LOAD + 1} during it): ` +
      'these figures are not comparable. Run again on a quiet machine; the README is left as it is.',
  );
}

await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(
  join(root, 'bench-results/bench.json'),
  JSON.stringify({ runs: RUNS, date, loads, busy, figures, whole, samples }, null, 2),
);
console.log('wrote bench-results/bench.json');

// The README's table, between its markers: only from a full run on a quiet machine.
if (!busy && RUNS >= 10) {
  const readme = join(root, 'README.md');
  const start = '<!-- bench:start (generated by `npm run bench`) -->';
  const end = '<!-- bench:end -->';
  const text = await readFile(readme, 'utf8');
  const [from, to] = [text.indexOf(start), text.indexOf(end)];
  if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${start} and ${end}.`);
  const content = `${start}\n\n${summary.join('\n\n')}\n\n${table.join('\n')}\n\n`;
  const options = { ...(await prettier.resolveConfig(readme)), parser: 'markdown' };
  await writeFile(readme, await prettier.format(`${text.slice(0, from)}${content}${text.slice(to)}`, options));
  console.log('wrote the README’s bench table');
} else if (!busy) {
  console.log(`(the README's table is written by full runs only: BENCH_RUNS ≥ 10)`);
}
