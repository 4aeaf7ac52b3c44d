// Reads the one table of host settings (src/shared/settings.ts) without running it: each entry's
// property, attribute, kind, type and default from the code, its description from the entry's
// JSDoc (which the bundle leaves out). The README's settings table and the Custom Elements
// Manifest are both made from this.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const sourceFile = new URL('../src/shared/settings.ts', import.meta.url);

/**
 * @returns {Array<{ property: string, attribute: string | undefined, kind: string, type: string,
 *   default: string | undefined, doc: string }>} `default` is the value as JavaScript source
 *   (`'…'`, `false`, `0`), absent for object settings.
 */
export function readSettingsTable() {
  const source = ts.createSourceFile('settings.ts', readFileSync(sourceFile, 'utf8'), ts.ScriptTarget.ES2022, true);

  /** The value of a `const NAME = '…'` in the file, for defaults written as constants. */
  const constant = (name) => {
    let value;
    source.forEachChild((node) => {
      if (!ts.isVariableStatement(node)) return;
      for (const declaration of node.declarationList.declarations) {
        if (
          declaration.name.getText() === name &&
          declaration.initializer &&
          ts.isStringLiteral(declaration.initializer)
        )
          value = declaration.initializer.text;
      }
    });
    return value;
  };

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
    let fallback = { text: "''", flag: 'false', count: '0', object: undefined }[kind];
    const defaultOption = options?.properties?.find((option) => option.name.getText() === 'default');
    if (defaultOption) {
      const value = ts.isStringLiteral(defaultOption.initializer)
        ? defaultOption.initializer.text
        : constant(defaultOption.initializer.getText());
      fallback = `'${value}'`;
    }
    const type = { text: 'string', flag: 'boolean', count: 'number', object: call.typeArguments?.[0]?.getText() }[kind];
    return {
      property: property.name.getText(),
      attribute: kind === 'object' ? undefined : attribute.text,
      kind,
      type: kind === 'object' ? `${type} | undefined` : type,
      default: fallback,
      doc,
    };
  });
}
