// The elements' styling API as the Custom Elements Manifest states it (made afresh from the
// elements' JSDoc headers, as the API reference page is): for each tag, its parts and CSS custom
// properties. A Web Test Runner command (`element-docs`) hands it to the theming tests, which
// check that each works.
import { freshManifest } from './reference-plugin.mjs';
import { readManifest } from './reference.mjs';

/** `{ tag: { file, parts: [{ name, description }], props: [{ name, default, description }] } }`. */
export async function readElementDocs() {
  const { elements } = readManifest(await freshManifest());
  return Object.fromEntries(
    elements.map((element) => [
      element.tagName,
      {
        file: element.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'),
        parts: (element.cssParts ?? []).map(({ name, description }) => ({ name, description })),
        props: (element.cssProperties ?? []).map(({ name, description, ...rest }) => ({
          name,
          default: rest.default,
          description,
        })),
      },
    ]),
  );
}

export function elementDocsCommands() {
  return {
    name: 'element-docs',
    async executeCommand({ command }) {
      return command === 'element-docs' ? readElementDocs() : undefined;
    },
  };
}
