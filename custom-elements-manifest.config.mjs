// The Custom Elements Manifest (`custom-elements.json`), made from the elements' JSDoc by
// `npm run manifest` (`@tagname`, `@fires`, `@slot`, `@csspart`, `@cssprop`, properties' doc
// lines). What JSDoc cannot say comes from the code, never from a second list:
// - the host settings, from the one table in src/shared/settings.ts, for every element that
//   declares `interface SspX extends HostSettings {}`;
// - each event's class, from the `static readonly type` of the classes in src/shared/events.ts;
// - no internal state: Lit properties declared `state: true`, private/protected and static
//   members stay out.
// Only the elements' modules and the events module are kept, and their paths point at the shipped
// JavaScript (dist/…js), not at the TypeScript sources.
import { readFileSync } from 'node:fs';
import { readSettingsTable } from './scripts/settings-table.mjs';

/** Event name → event class, from src/shared/events.ts. */
function eventClasses() {
  const source = readFileSync(new URL('./src/shared/events.ts', import.meta.url), 'utf8');
  const classes = new Map();
  for (const [, name, type] of source.matchAll(
    /export class (\w+) extends Event[\s\S]*?static readonly type = '([^']+)'/g,
  ))
    classes.set(type, name);
  return classes;
}

function sspPlugin() {
  const settings = readSettingsTable();
  const events = eventClasses();
  /** Per class: the Lit properties that are internal state. */
  const internal = new Map();
  /** Per class: the members its body declares (the analyzer also reports `this.a.b = …` as fields). */
  const declared = new Map();
  /** Per class: fields declared as constructor parameters (`constructor(readonly step: Step)`). */
  const parameterFields = new Map();
  /** Classes whose settings come from the table. */
  const withSettings = new Set();

  return {
    name: 'ssp-widgets',
    analyzePhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && node.heritageClauses?.some((c) => /\bHostSettings\b/.test(c.getText())))
        withSettings.add(node.name.getText());
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      declared.set(node.name.getText(), new Set(node.members.map((member) => member.name?.getText())));
      const constructor = node.members.find((member) => ts.isConstructorDeclaration(member));
      const fields = (constructor?.parameters ?? [])
        .filter((parameter) => parameter.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword))
        .filter((parameter) => !parameter.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword))
        .map((parameter) => ({
          kind: 'field',
          name: parameter.name.getText(),
          type: { text: parameter.type?.getText() ?? 'unknown' },
          readonly: true,
        }));
      parameterFields.set(node.name.getText(), fields);
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        const init = member.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        for (const property of init.properties) {
          if (ts.isPropertyAssignment(property) && /\bstate:\s*true\b/.test(property.initializer.getText()))
            names.add(property.name.getText());
        }
      }
      internal.set(node.name.getText(), names);
    },
    packageLinkPhase({ customElementsManifest }) {
      // The elements' modules, and the event classes they fire: the rest is not public API.
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          module.path === 'src/shared/events.ts' ||
          module.declarations?.some((declaration) => declaration.customElement),
      );
      // The analyzer's module order varies from run to run.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        module.path = module.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = internal.get(declaration.name) ?? new Set();
          const own = declared.get(declaration.name) ?? new Set();
          const isPublic = (member) =>
            own.has(member.name) &&
            !hidden.has(member.name) &&
            !member.static &&
            !['private', 'protected'].includes(member.privacy) &&
            !member.name.startsWith('#');
          declaration.members = [
            ...(declaration.members ?? []).filter(isPublic),
            ...(parameterFields.get(declaration.name) ?? []),
          ];
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName ?? a.name));
          if (withSettings.has(declaration.name)) addSettings(declaration, settings);
          // `@fires` lines name the events; the analyzer also reports each `new SspXEvent(…)` it
          // sees, named by its first argument: keep one entry per event, typed with its class.
          const fired = new Map();
          for (const event of declaration.events ?? []) {
            if (!events.has(event.name) || fired.get(event.name)?.description) continue;
            fired.set(event.name, { ...event, type: { text: events.get(event.name) } });
          }
          if (declaration.events) declaration.events = [...fired.values()];
          for (const exported of module.exports ?? []) {
            if (exported.declaration?.module) exported.declaration.module = module.path;
          }
        }
      }
    },
  };
}

function addSettings(declaration, settings) {
  for (const setting of settings) {
    declaration.members.push({
      kind: 'field',
      name: setting.property,
      type: { text: setting.type },
      ...(setting.default !== undefined ? { default: setting.default } : {}),
      description: setting.doc,
      ...(setting.attribute ? { attribute: setting.attribute } : {}),
    });
    if (!setting.attribute) continue;
    declaration.attributes.push({
      name: setting.attribute,
      type: { text: setting.type },
      default: setting.default,
      description: setting.doc,
      fieldName: setting.property,
    });
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [sspPlugin()],
};
