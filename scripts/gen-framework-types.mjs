// Writes the framework typings of the elements into dist/types/ from custom-elements.json (run by
// `npm run build`, after the manifest): React 19 and Preact JSX (`JSX.IntrinsicElements`: every
// property and attribute, and `on<event-name>` listeners typed with the event class) and Vue
// (`GlobalComponents`: props, and `on<EventName>` so `@ssp-purchase-complete` is type-checked).
// Property types come from the element classes themselves, so they cannot drift from the code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import prettier from 'prettier';
import { readManifest } from './reference.mjs';

const root = new URL('../', import.meta.url);
const out = new URL('dist/types/', root);
const { elements } = readManifest(JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8')));

const quote = (name) => `'${name}'`;
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (c) => c.toUpperCase());

const classes = elements.map((e) => e.name);
const eventClasses = [...new Set(elements.flatMap((e) => (e.events ?? []).map((event) => event.type.text)))];
const imports = `import type {\n${[...classes, ...eventClasses].map((name) => `  ${name},`).join('\n')}\n} from '../index.js';`;

/** The settable properties of an element (fields with a setter), and the attributes without one. */
function props(element) {
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.static);
  const attributeOnly = (element.attributes ?? []).filter(
    (a) => !a.fieldName && !fields.some((f) => f.name === a.name) && a.name !== 'lang',
  );
  return { fields, attributeOnly };
}

function jsxProps(element, listener) {
  const { fields, attributeOnly } = props(element);
  const lines = [];
  if (fields.length) lines.push(`Partial<Pick<${element.name}, ${fields.map((f) => quote(f.name)).join(' | ')}>>`);
  const extra = [
    ...(element.attributes ?? [])
      .filter((a) => a.fieldName && a.name !== a.fieldName)
      .map(
        (a) =>
          `    /** ${a.description ?? ''} */\n    ${quote(a.name)}?: ${element.name}[${quote(a.fieldName)}] | string;`,
      ),
    ...attributeOnly.map((a) => `    ${quote(a.name)}?: string;`),
    ...(element.events ?? []).map(
      (event) =>
        `    /** ${event.description ?? ''} */\n    ${quote(listener(event.name))}?: (event: ${event.type.text}) => void;`,
    ),
  ];
  if (extra.length) lines.push(`{\n${extra.join('\n')}\n  }`);
  return lines.join(' &\n    ');
}

const header = (what) =>
  `// ${what} for the ssp-widgets elements. Generated from custom-elements.json by scripts/gen-framework-types.mjs.\n`;

const react = `${header('React 19 JSX typings')}// Use: \`import type {} from 'ssp-widgets/types/react';\` once in the app (or list it in tsconfig "types").
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports}

type Base<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map((e) => `      ${quote(e.tagName)}: Base<${e.name}> &\n    ${jsxProps(e, (name) => `on${name}`)};`)
  .join('\n')}
    }
  }
}
`;

const preact = `${header('Preact JSX typings')}// Use: \`import type {} from 'ssp-widgets/types/preact';\` once in the app.
import type { JSX as PreactJSX } from 'preact';
${imports}

type Base<E extends EventTarget> = PreactJSX.HTMLAttributes<E>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map((e) => `      ${quote(e.tagName)}: Omit<Base<${e.name}>, 'step'> &\n    ${jsxProps(e, (name) => `on${name}`)};`)
  .join('\n')}
    }
  }
}
`;

function vueProps(element) {
  const { fields, attributeOnly } = props(element);
  const parts = [];
  if (fields.length) parts.push(`Partial<Pick<${element.name}, ${fields.map((f) => quote(f.name)).join(' | ')}>>`);
  const extra = [
    ...attributeOnly.map((a) => `    ${quote(camel(a.name))}?: string;`),
    ...(element.events ?? []).map(
      (event) =>
        `    /** ${event.description ?? ''} */\n    on${pascal(event.name)}?: (event: ${event.type.text}) => void;`,
    ),
  ];
  if (extra.length) parts.push(`{\n${extra.join('\n')}\n  }`);
  return parts.join(' &\n  ') || '{}';
}

const vue = `${header('Vue 3 template typings')}// Use: \`import type {} from 'ssp-widgets/types/vue';\` once in the app, and tell Vue's compiler the
// \`ssp-\` tags are custom elements (\`compilerOptions.isCustomElement: (tag) => tag.startsWith('ssp-')\`).
import type { DefineComponent } from 'vue';
${imports}

${elements.map((e) => `type ${e.name}Props = ${vueProps(e)};`).join('\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    ${quote(e.tagName)}: DefineComponent<${e.name}Props>;`).join('\n')}
  }
}
`;

await mkdir(out, { recursive: true });
for (const [file, text] of Object.entries({ 'react.d.ts': react, 'preact.d.ts': preact, 'vue.d.ts': vue })) {
  const formatted = await prettier.format(`${text}\nexport {};\n`, {
    parser: 'typescript',
    printWidth: 120,
    singleQuote: true,
  });
  await writeFile(new URL(file, out), formatted);
}
console.log(`wrote dist/types/{react,preact,vue}.d.ts for ${elements.length} elements`);
