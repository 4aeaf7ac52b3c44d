// The elements' styling API as their JSDoc headers state it (the headers the Custom Elements
// Manifest is generated from): for each element (its `@tagname`, else its `HTMLElementTagNameMap`
// entry), its `@csspart`s and `@cssprop`s. A Web Test Runner command (`element-docs`) hands it to
// the theming tests, which check that each works.
import { readdir, readFile } from 'node:fs/promises';

const COMPONENTS = new URL('../src/components/', import.meta.url);

const PART = /^@csspart\s+([\w-]+)\s+-\s+(.+)$/;
const PROP = /^@cssprop\s+\[(--[\w-]+)=([^\]]+)\]\s+-\s+(.+)$/;

/** The tag of the class declared after `at`, from the file's `HTMLElementTagNameMap` entry. */
function tagOf(text, at) {
  const name = /export class (\w+)/.exec(text.slice(at))?.[1];
  return name && new RegExp(`'([\\w-]+)':\\s*${name};`).exec(text)?.[1];
}

/** `{ tag: { parts: [{ name, description }], props: [{ name, default, description }] } }`. */
export async function readElementDocs() {
  const docs = {};
  const files = (await readdir(COMPONENTS, { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );
  for (const file of files) {
    const text = await readFile(new URL(file, COMPONENTS), 'utf8');
    for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = block[1].split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim());
      if (!lines.some((line) => /^@(tagname|csspart|cssprop)\b/.test(line))) continue;
      const tag = lines.map((line) => /^@tagname\s+(\S+)/.exec(line)?.[1]).find(Boolean) ?? tagOf(text, block.index);
      if (!tag) throw new Error(`${file}: an element header without @tagname or a tag for its class`);
      const entry = { file: `src/components/${file}`, parts: [], props: [] };
      for (const line of lines) {
        if (line.startsWith('@csspart')) {
          const match = PART.exec(line);
          if (!match) throw new Error(`${file}: not "@csspart name - description": ${line}`);
          entry.parts.push({ name: match[1], description: match[2] });
        } else if (line.startsWith('@cssprop')) {
          const match = PROP.exec(line);
          if (!match) throw new Error(`${file}: not "@cssprop [--name=default] - description": ${line}`);
          entry.props.push({ name: match[1], default: match[2], description: match[3] });
        }
      }
      docs[tag] = entry;
    }
  }
  return docs;
}

export function elementDocsCommands() {
  return {
    name: 'element-docs',
    async executeCommand({ command }) {
      return command === 'element-docs' ? readElementDocs() : undefined;
    },
  };
}
