// Writes the README's settings table from the one table of settings (src/shared/settings.ts): each
// entry's attribute, type and default from the code, its description from the entry's JSDoc.
// `--check` fails when the README is stale instead of writing it.
import { readFile } from 'node:fs/promises';
import prettier from 'prettier';
import ts from 'typescript';
import { writeOrCheck } from './generated.mjs';

const sourceFile = new URL('../src/shared/settings.ts', import.meta.url);
const readme = new URL('../README.md', import.meta.url);
const START = '<!-- settings:start (generated from src/shared/settings.ts by `npm run docs:generate`) -->';
const END = '<!-- settings:end -->';

const text = await readFile(sourceFile, 'utf8');
const source = ts.createSourceFile('settings.ts', text, ts.ScriptTarget.ES2022, true);

/** The value of a `const NAME = '…'` in the file, for defaults written as constants. */
function constant(name) {
  let value;
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const declaration of node.declarationList.declarations) {
      if (declaration.name.getText() === name && declaration.initializer && ts.isStringLiteral(declaration.initializer))
        value = declaration.initializer.text;
    }
  });
  return value;
}

function settings() {
  let table;
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const declaration of node.declarationList.declarations) {
      if (declaration.name.getText() !== 'SETTINGS') continue;
      let init = declaration.initializer;
      while (init && !ts.isObjectLiteralExpression(init)) init = init.expression;
      table = init;
    }
  });
  if (!table) throw new Error('SETTINGS not found in src/shared/settings.ts');
  return table.properties.map((property) => {
    const call = property.initializer;
    const kind = call.expression.getText();
    const [attribute, options] = call.arguments;
    const doc = ts
      .getJSDocCommentsAndTags(property)
      .map((comment) => ts.getTextOfJSDocComment(comment.comment))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!doc) throw new Error(`The setting ${property.name.getText()} has no JSDoc description.`);
    let fallback = { text: "`''`", flag: '`false`', count: '`0`', object: '—' }[kind];
    const defaultOption = options?.properties?.find((option) => option.name.getText() === 'default');
    if (defaultOption) {
      const value = ts.isStringLiteral(defaultOption.initializer)
        ? defaultOption.initializer.text
        : constant(defaultOption.initializer.getText());
      fallback = `\`${value}\``;
    }
    const type = { text: 'string', flag: 'boolean', count: 'number', object: call.typeArguments?.[0]?.getText() }[kind];
    return {
      attribute: kind === 'object' ? '—' : `\`${attribute.text}\``,
      property: `\`${property.name.getText()}\``,
      type: `\`${type}\``,
      fallback,
      doc: doc.replace(/\|/g, '\\|'),
    };
  });
}

const rows = settings().map((s) => `| ${s.attribute} | ${s.property} | ${s.type} | ${s.fallback} | ${s.doc} |`);
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
