// The API reference, made from custom-elements.json: one Markdown page per element (docs/api/,
// written by `npm run docs:generate`, checked in verify) and the same content as one HTML page the
// demo server serves at /docs/api/. Nothing here is written by hand, so nothing can drift.

/** The elements of a manifest, by tag name, and its event classes by name. */
export function readManifest(manifest) {
  const declarations = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })),
  );
  const elements = declarations.filter((d) => d.customElement).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const events = new Map(declarations.filter((d) => /Event$/.test(d.name) && !d.customElement).map((d) => [d.name, d]));
  return { elements, events };
}

/** One element as sections of rows, the shape both renderers take. */
function sections(element, events) {
  const attributes = new Map((element.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const fields = (element.members ?? []).filter((m) => m.kind === 'field');
  const methods = (element.members ?? []).filter((m) => m.kind === 'method');
  const code = (text) => (text === undefined || text === '' ? '' : { code: text });
  const settingsRows = [
    ...fields.map((field) => [
      code(attributes.get(field.name)?.name ?? field.attribute),
      code(field.name),
      code(field.type?.text),
      code(field.default),
      field.description ?? '',
    ]),
    // Attributes without a property (`lang`).
    ...[...attributes.values()]
      .filter((a) => !fields.some((f) => f.name === (a.fieldName ?? a.name)) && !a.fieldName)
      .map((a) => [code(a.name), '', code(a.type?.text ?? 'string'), '', a.description ?? '']),
  ];
  const eventRows = (element.events ?? []).map((event) => {
    const type = events.get(event.type?.text);
    const eventFields = (type?.members ?? []).filter((m) => m.kind === 'field' && !m.static);
    return [
      code(event.name),
      code(event.type?.text),
      eventFields.length ? { codes: eventFields.map((f) => `${f.name}: ${f.type?.text ?? 'unknown'}`) } : '',
      event.description ?? '',
    ];
  });
  return [
    {
      title: 'Attributes and properties',
      head: ['attribute', 'property', 'type', 'default', 'description'],
      rows: settingsRows,
    },
    {
      title: 'Methods',
      head: ['method', 'returns', 'description'],
      rows: methods.map((m) => [
        code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
        code(m.return?.type?.text ?? 'void'),
        m.description ?? '',
      ]),
    },
    { title: 'Events', head: ['event', 'class', 'fields', 'description'], rows: eventRows },
    {
      title: 'Slots',
      head: ['slot', 'description'],
      rows: (element.slots ?? []).map((s) => [code(s.name || '(default)'), s.description ?? '']),
    },
    {
      title: 'CSS parts',
      head: ['part', 'description'],
      rows: (element.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']),
    },
    {
      title: 'CSS custom properties',
      head: ['property', 'default', 'description'],
      rows: (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description ?? '']),
    },
  ].filter((section) => section.rows.length);
}

const GENERATED =
  'Generated from `custom-elements.json` (the elements’ JSDoc and the settings table) by `npm run docs:generate`; do not edit.';

// Markdown

const mdCell = (cell) => {
  if (typeof cell === 'string') return cell.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
  if ('codes' in cell) return cell.codes.map((c) => `\`${c.replace(/\|/g, '\\|')}\``).join('<br>');
  return `\`${cell.code.replace(/\|/g, '\\|')}\``;
};

export function elementMarkdown(element, events) {
  const lines = [
    `# \`<${element.tagName}>\``,
    '',
    `<!-- ${GENERATED} -->`,
    '',
    element.description.replace(/\n/g, ' '),
    '',
  ];
  lines.push(`Class \`${element.name}\`, exported by \`ssp-widgets\`; module \`${element.path}\`.`, '');
  for (const section of sections(element, events)) {
    lines.push(
      `## ${section.title}`,
      '',
      `| ${section.head.join(' | ')} |`,
      `| ${section.head.map(() => '---').join(' | ')} |`,
    );
    for (const row of section.rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export function indexMarkdown(elements) {
  return [
    '# API reference',
    '',
    `<!-- ${GENERATED} -->`,
    '',
    'Every element of the SDK: its attributes and properties, events, slots, parts and CSS custom properties. The machine-readable source is the package’s `custom-elements.json`.',
    '',
    '| element | summary |',
    '| --- | --- |',
    ...elements.map((e) => `| [\`<${e.tagName}>\`](${e.tagName}.md) | ${firstSentence(e.description)} |`),
    '',
  ].join('\n');
}

function firstSentence(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.:](\s|$)/);
  return (end > 0 ? flat.slice(0, end + 1) : flat).replace(/\|/g, '\\|');
}

// HTML (the demo server's page)

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** Inline `code` in JSDoc text, as <code>. */
const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const htmlCell = (cell) => {
  if (typeof cell === 'string') return prose(cell);
  if ('codes' in cell) return cell.codes.map((c) => `<code>${escape(c)}</code>`).join('<br>');
  return `<code>${escape(cell.code)}</code>`;
};

export function referenceHtml(manifest) {
  const { elements, events } = readManifest(manifest);
  const nav = elements.map((e) => `<li><a href="#${e.tagName}"><code>&lt;${e.tagName}&gt;</code></a></li>`).join('');
  const body = elements
    .map((element) => {
      const tables = sections(element, events)
        .map(
          (section) => `<h3>${section.title}</h3>
<table><thead><tr>${section.head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${section.rows.map((row) => `<tr>${row.map((cell) => `<td>${htmlCell(cell)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
        )
        .join('\n');
      return `<section aria-labelledby="${element.tagName}"><h2 id="${element.tagName}"><code>&lt;${element.tagName}&gt;</code></h2>
<p>${prose(element.description)}</p>
${tables}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ssp-widgets API reference</title>
<link rel="stylesheet" href="/docs/api/reference.css">
</head>
<body>
<header><h1>ssp-widgets API reference</h1><p>${prose(GENERATED)} <a href="/demo/">Back to the demo</a></p></header>
<nav aria-label="Elements"><ul>${nav}</ul></nav>
<main>${body}</main>
</body>
</html>
`;
}

export const REFERENCE_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #c8c8c8;padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:#f3f3f3}code{font-size:.9em}nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
section{border-top:2px solid #0f5ec4;margin-top:2rem}a{color:#0b4fa8}`;
