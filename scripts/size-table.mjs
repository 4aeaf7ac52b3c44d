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
const locales = results.filter((check) => check.name.startsWith('Messages: '));
for (const check of results.filter((c) => !locales.includes(c))) {
  rows.push([check.name.replace(/<([\w-]+)>/g, '`<$1>`'), budget(check), kB(check.size)]);
}
if (locales.length) {
  const sizes = locales.map((check) => check.size);
  const names = locales.map((check) => check.name.replace(/^Messages: (\S+).*/, '$1')).join(', ');
  rows.push([
    `Each locale's messages, both parts (${names})`,
    budget(locales[0]),
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
