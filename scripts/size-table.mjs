// `npm run size`: size-limit's budgets (.size-limit.js) on the CDN build, and the README's size
// table made from the same run, so the table cannot drift from the build: `--check` (what
// `npm run size` and verify do) fails when the committed table is stale; without it (`npm run
// size:generate`) the table is written. Fails when a budget is exceeded, as size-limit does.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import prettier from 'prettier';
import { writeOrCheck } from './generated.mjs';

const bin = new URL('../node_modules/.bin/size-limit', import.meta.url).pathname;
let output;
try {
  output = execFileSync(bin, ['--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (error) {
  output = error.stdout; // over a budget: size-limit still reports every check
}
const results = JSON.parse(output);

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const budget = (check) => (check.sizeLimit ? `${check.sizeLimit / 1000} kB` : '–');
const rows = [];
// One row per family of per-locale checks (`Messages: sv (both parts)`, `Admin messages: sv`): its
// budget and the range of its sizes, with the locales named.
const PER_LOCALE = /^(.*[Mm]essages): ([\w-]+)(.*)$/;
const families = new Map();
for (const check of results.filter((c) => PER_LOCALE.test(c.name))) {
  const family = check.name.replace(PER_LOCALE, '$1$3');
  families.set(family, [...(families.get(family) ?? []), check]);
}
for (const check of results.filter((c) => !PER_LOCALE.test(c.name))) {
  rows.push([check.name.replace(/<([\w-]+)>/g, '`<$1>`'), budget(check), kB(check.size)]);
}
for (const [family, checks] of families) {
  const sizes = checks.map((check) => check.size);

  const budgets = [...new Set(checks.map(budget))].join(' / ');
  rows.push([
    `${family}, each of the ${checks.length} locales`,
    budgets,
    `${(Math.min(...sizes) / 1000).toFixed(2)}–${kB(Math.max(...sizes))}`,
  ]);
}

let failed = false;
for (const check of results) {
  const mark = check.passed === false ? '✗ over budget' : check.passed ? '✓' : ' ';
  if (check.passed === false) failed = true;
  console.log(`${mark} ${kB(check.size).padStart(9)} ${check.sizeLimit ? `of ${budget(check)}` : ''}  ${check.name}`);
}

const readme = new URL('../README.md', import.meta.url);
const start = '<!-- sizes:start (generated from size-limit by `npm run size:generate`, after a build) -->';
const end = '<!-- sizes:end -->';
const text = await readFile(readme, 'utf8');
const [from, to] = [text.indexOf(start), text.indexOf(end)];
if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${start} and ${end}.`);
const table = [
  '| what (gzip, 1 kB = 1000 B) | budget | now |',
  '| --- | ---: | ---: |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const options = { ...(await prettier.resolveConfig(readme.pathname)), parser: 'markdown' };
const generated = await prettier.format(`${text.slice(0, from)}${start}\n\n${table}\n\n${text.slice(to)}`, options);
await writeOrCheck(readme, generated, { what: 'the README’s size table', command: 'npm run size:generate' });
if (failed) {
  console.error('A size budget is exceeded (see above).');
  process.exit(1);
}
