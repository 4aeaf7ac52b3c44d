// Writes the README's settings table from the one table of settings (src/shared/settings.ts): each
// entry's attribute, type and default from the code, its description from the entry's JSDoc; and
// the API reference (docs/api/*.md) from custom-elements.json (`npm run manifest` makes it first).
// `--check` fails when either is stale instead of writing it.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import prettier from 'prettier';
import { writeOrCheck } from './generated.mjs';
import { elementMarkdown, indexMarkdown, readManifest } from './reference.mjs';
import { readSettingsTable } from './settings-table.mjs';

const readme = new URL('../README.md', import.meta.url);
const START = '<!-- settings:start (generated from src/shared/settings.ts by `npm run docs:generate`) -->';
const END = '<!-- settings:end -->';

const rows = readSettingsTable().map((s) => {
  const cells = [
    s.attribute ? `\`${s.attribute}\`` : '—',
    `\`${s.property}\``,
    `\`${s.type.replace(' | undefined', '')}\``,
    s.default === undefined ? '—' : `\`${s.default.replace(/^'(.*)'$/, '$1') || "''"}\``,
    s.doc.replace(/\|/g, '\\|'),
  ];
  return `| ${cells.join(' | ')} |`;
});
const table = ['| attribute | property | type | default | what it does |', '| --- | --- | --- | --- | --- |', ...rows];

const current = await readFile(readme, 'utf8');
const from = current.indexOf(START);
const to = current.indexOf(END);
if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${START} and ${END}.`);
const updated = await prettier.format(
  `${current.slice(0, from)}${START}\n\n${table.join('\n')}\n\n${current.slice(to)}`,
  { ...(await prettier.resolveConfig(readme.pathname)), parser: 'markdown' },
);

await writeOrCheck(readme, updated, { what: 'the README’s settings table', command: 'npm run docs:generate' });

// The API reference: one page per element and an index.
const docs = new URL('../docs/api/', import.meta.url);
const { elements, events } = readManifest(
  JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8')),
);
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
const markdown = { ...(await prettier.resolveConfig(readme.pathname)), parser: 'markdown' };
for (const [file, text] of pages) {
  await writeOrCheck(new URL(file, docs), await prettier.format(text, markdown), {
    what: `docs/api/${file}`,
    command: 'npm run docs:generate',
  });
}
