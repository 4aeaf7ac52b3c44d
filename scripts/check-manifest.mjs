// Checks custom-elements.json (made by `npm run manifest`) against the code, so the manifest, the API
// reference and the framework types made from it can be trusted:
// - every registered tag is an element of the manifest, and nothing else is;
// - every public property (Lit's `static properties`, the settings table) is a member with a doc
//   line, every one with an attribute is an attribute; no internal state, private or protected
//   member leaks;
// - every event an element dispatches is listed, with its class; the buy button lists every public
//   (composed) flow event (its flow's bubble out of it);
// - every `part` an element renders or re-exports is a documented part;
// - every `--ssp-*` token the styles read is documented (with a default) on the buy button, and on
//   the flow unless only the buy button reads it; no element documents a token nothing reads.
import { readdirSync, readFileSync } from 'node:fs';
import { readSettingsTable } from './settings-table.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const problems = [];
const problem = (text) => problems.push(text);

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .map((declaration) => ({ ...declaration, source: module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts') })),
);
const byTag = new Map(elements.map((element) => [element.tagName, element]));

// Tags: the registry in src/elements.ts is the list of public elements.
const registered = [...read('src/elements.ts').matchAll(/^\s+'(ssp-[a-z-]+)': \(\) =>/gm)].map((m) => m[1]);
for (const tag of registered)
  if (!byTag.has(tag)) problem(`<${tag}> is registered but not in the manifest (a @tagname?)`);
for (const tag of byTag.keys())
  if (!registered.includes(tag)) problem(`<${tag}> is in the manifest but not registered`);

// Events: class name and whether it is a public flow event (composed), from src/shared/events.ts.
const eventsSource = read('src/shared/events.ts');
const eventClasses = new Map(); // class name → { type, composed }
for (const [, name, body] of eventsSource.matchAll(/export class (\w+) extends Event \{([\s\S]*?)\n\}/g)) {
  const type = /static readonly type = '([^']+)'/.exec(body)?.[1];
  eventClasses.set(name, { type, composed: /super\(\w+\.type, (\{ \.\.\.)?flow\b/.test(body) });
}
const flowEvents = [...eventClasses.values()].filter((e) => e.composed).map((e) => e.type);
if (flowEvents.length < 5) problem(`found only ${flowEvents.length} flow events in src/shared/events.ts`);

/** What the flow documents it fires (composed): the buy button must list the same. */
const flowFires = (elements.find((e) => e.tagName === 'ssp-purchase-flow')?.events ?? []).map((e) => e.name);
for (const type of ['ssp-step-change', 'ssp-ineligible', 'ssp-purchase-complete', 'ssp-error'])
  if (!flowFires.includes(type)) problem(`<ssp-purchase-flow> has no @fires ${type}`);

const settings = readSettingsTable();
const tokensRead = new Set();
/** Tokens read outside the buy button's own files (src/shared/css.ts is its Lit-free style sheet). */
const tokensReadByFlow = new Set();
/** Tokens of the buy button and the flow: all but the manager's and the admin elements' own layout tokens. */
const tokensReadByPurchase = new Set();
const standalone = /^src\/components\/(subscription-manager\/|admin-|purchase-policy\/|license-requests\/)/;
const walk = (dir) =>
  readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(`${dir}${entry.name}/`) : entry.name.endsWith('.ts') ? [`${dir}${entry.name}`] : [],
  );
for (const file of walk('src/').filter((f) => !f.endsWith('.test.ts')))
  for (const [, token] of read(file).matchAll(/var\((--ssp-[a-z0-9-]+)/g)) {
    tokensRead.add(token);
    if (standalone.test(file)) continue;
    tokensReadByPurchase.add(token);
    if (!file.startsWith('src/components/buy-button/') && file !== 'src/shared/css.ts') tokensReadByFlow.add(token);
  }

for (const element of elements) {
  const where = `<${element.tagName}>`;
  const source = read(element.source);
  const folder = element.source.replace(/[^/]+$/, '');
  // The element's own templates: its file and, for the flow, the step views it renders.
  const templates = [element.source, ...(element.tagName === 'ssp-purchase-flow' ? [`${folder}views.ts`] : [])]
    .map(read)
    .join('\n');
  const members = new Map((element.members ?? []).map((m) => [m.name, m]));
  const attributes = new Map((element.attributes ?? []).map((a) => [a.name, a]));

  if (!element.description) problem(`${where} has no description`);
  for (const member of element.members ?? []) {
    if (member.privacy === 'private' || member.privacy === 'protected') problem(`${where} leaks ${member.name}`);
    if (!member.description) problem(`${where}.${member.name} has no doc line`);
  }
  for (const attribute of element.attributes ?? [])
    if (!attribute.description) problem(`${where} [${attribute.name}] has no doc line`);

  // Lit's static properties: public ones documented, internal state absent.
  const properties = /static override properties = \{([\s\S]*?)\n {2}\};/.exec(source)?.[1] ?? '';
  for (const [, name, options] of properties.matchAll(/^\s+(\w+): (\{[^}]*\}),?$/gm)) {
    if (name.startsWith('...')) continue;
    if (/state: true/.test(options)) {
      if (members.has(name) || [...attributes.values()].some((a) => a.fieldName === name))
        problem(`${where} leaks its internal state ${name}`);
      continue;
    }
    if (!members.has(name)) problem(`${where}.${name} (a public property) is not in the manifest`);
    const attribute = /attribute: false/.test(options)
      ? undefined
      : (/attribute: '([^']+)'/.exec(options)?.[1] ?? name.toLowerCase());
    if (attribute && !attributes.has(attribute)) problem(`${where} [${attribute}] is not in the manifest`);
  }
  for (const [, name] of source.matchAll(/^\s+(?:private|protected) (?:readonly )?(?:static )?(\w+)/gm))
    if (members.has(name) || attributes.has(name)) problem(`${where} leaks ${name}`);

  // The settings table.
  if (new RegExp(`interface ${element.name} extends HostSettings`).test(source)) {
    for (const setting of settings) {
      if (!members.has(setting.property)) problem(`${where}.${setting.property} (a setting) is not in the manifest`);
      if (setting.attribute && !attributes.has(setting.attribute))
        problem(`${where} [${setting.attribute}] (a setting) is not in the manifest`);
    }
  }

  // Events.
  const listed = new Map((element.events ?? []).map((e) => [e.name, e]));
  for (const [, name] of source.matchAll(/new (Ssp\w+Event)\(/g)) {
    const type = eventClasses.get(name)?.type;
    if (type && !listed.has(type)) problem(`${where} dispatches ${type} but has no @fires for it`);
  }
  // The buy button shows the flow: whatever the flow fires reaches the page through it.
  if (element.tagName === 'ssp-buy-button')
    for (const type of flowFires) if (!listed.has(type)) problem(`${where} has no @fires ${type} (a flow event)`);
  for (const event of element.events ?? []) {
    if (!event.type?.text) problem(`${where} fires ${event.name}, which has no event class`);
    if (!event.description) problem(`${where} fires ${event.name} with no description`);
  }

  // Parts.
  const parts = new Set((element.cssParts ?? []).map((p) => p.name));
  for (const [, value] of templates.matchAll(/\bpart="([^"$]+)"/g))
    for (const name of value.split(/\s+/))
      if (!parts.has(name)) problem(`${where} renders part "${name}" with no @csspart`);
  for (const [, value] of templates.matchAll(/exportparts[=:]\s*["'`]([^"'`$]+)["'`]/g))
    for (const entry of value.split(','))
      if (entry.trim()) {
        const name = entry.split(':').pop().trim();
        if (!parts.has(name)) problem(`${where} re-exports part "${name}" with no @csspart`);
      }
  for (const part of element.cssParts ?? [])
    if (!part.description) problem(`${where}::part(${part.name}) has no description`);

  // Tokens.
  const tokens = new Map((element.cssProperties ?? []).map((t) => [t.name, t]));
  for (const token of tokens.values()) {
    if (!tokensRead.has(token.name)) problem(`${where} documents ${token.name}, which no style reads`);
    if (!token.description || token.default === undefined)
      problem(`${where} ${token.name} needs a default and a description`);
  }
  const required =
    { 'ssp-buy-button': tokensReadByPurchase, 'ssp-purchase-flow': tokensReadByFlow }[element.tagName] ?? [];
  for (const token of required) if (!tokens.has(token)) problem(`${where} has no @cssprop ${token}`);
}

const count = (key) => elements.reduce((sum, element) => sum + (element[key]?.length ?? 0), 0);
if (problems.length) {
  console.error(`custom-elements.json does not match the code (${problems.length}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `custom-elements.json: ${elements.length} elements, ${count('attributes')} attributes, ${count('members')} members, ` +
    `${count('events')} events, ${count('cssParts')} parts, ${count('cssProperties')} tokens (with repeats across elements); ` +
    `${tokensRead.size} distinct tokens.`,
);
