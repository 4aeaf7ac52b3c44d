// Writes what the docs say about the code, from the code: in the README, the settings table (from
// the one table in src/shared/settings.ts: attribute, type and default from the code, the
// description from each entry's JSDoc) and the theming tables (tokens and parts, from
// custom-elements.json); and the API reference, docs/api/*.md (from custom-elements.json, which
// `npm run manifest` makes first). `--check` fails when any of them is stale instead of writing it.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import prettier from 'prettier';
import { writeOrCheck } from './generated.mjs';
import { elementMarkdown, indexMarkdown, readManifest } from './reference.mjs';
import { readSettingsTable } from './settings-table.mjs';

const readme = new URL('../README.md', import.meta.url);
const markdown = { ...(await prettier.resolveConfig(readme.pathname)), parser: 'markdown' };
const { elements, events } = readManifest(
  JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8')),
);
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const settings = table(
  ['attribute', 'property', 'type', 'default', 'what it does'],
  readSettingsTable().map((s) => [
    s.attribute ? `\`${s.attribute}\`` : '—',
    `\`${s.property}\``,
    `\`${s.type.replace(' | undefined', '')}\``,
    s.default === undefined ? '—' : `\`${s.default.replace(/^'(.*)'$/, '$1') || "''"}\``,
    cell(s.doc),
  ]),
);

// Tokens: every one any element documents, described as the buy button describes it (its header
// lists every token of the purchase; it says the most), then as any other element does.
const tokens = new Map();
const buyButtonFirst = [...elements].sort(
  (a, b) => Number(b.tagName === 'ssp-buy-button') - Number(a.tagName === 'ssp-buy-button'),
);
for (const element of buyButtonFirst)
  for (const token of element.cssProperties ?? []) if (!tokens.has(token.name)) tokens.set(token.name, token);
const theming = [
  table(
    ['token', 'default', 'what it styles'],
    [...tokens.values()].map((t) => [`\`${t.name}\``, `\`${cell(t.default)}\``, cell(t.description)]),
  ),
  table(
    ['element', 'parts'],
    elements.map((e) => [`\`<${e.tagName}>\``, (e.cssParts ?? []).map((p) => `\`${p.name}\``).join(', ')]),
  ),
].join('\n\n');

let text = await readFile(readme, 'utf8');
for (const [name, source, content] of [
  ['settings', 'src/shared/settings.ts', settings],
  ['theming', 'custom-elements.json', theming],
]) {
  const start = `<!-- ${name}:start (generated from ${source} by \`npm run docs:generate\`) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${start} and ${end}.`);
  text = `${text.slice(0, from)}${start}\n\n${content}\n\n${text.slice(to)}`;
}
await writeOrCheck(readme, await prettier.format(text, markdown), {
  what: 'the README’s generated tables',
  command: 'npm run docs:generate',
});

// The API reference: one page per element and an index.
const docs = new URL('../docs/api/', import.meta.url);
const pages = new Map([
  ['README.md', indexMarkdown(elements)],
  ...elements.map((element) => [`${element.tagName}.md`, elementMarkdown(element, events)]),
]);
await mkdir(docs, { recursive: true });
const stale = (await readdir(docs)).filter((file) => file.endsWith('.md') && !pages.has(file));
if (stale.length) {
  console.error(`docs/api has pages of no element: ${stale.join(', ')}; delete them.`);
  process.exit(1);
}
for (const [file, page] of pages) {
  await writeOrCheck(new URL(file, docs), await prettier.format(page, markdown), {
    what: `docs/api/${file}`,
    command: 'npm run docs:generate',
  });
}
