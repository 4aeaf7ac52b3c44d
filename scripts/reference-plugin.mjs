// Serves the API reference at /docs/api/ on the demo server: the manifest is made afresh from the
// sources on each visit (`npm run manifest`, about two seconds), so the page always matches the code.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { REFERENCE_CSS, referenceHtml } from './reference.mjs';

const run = promisify(execFile);
const root = new URL('../', import.meta.url);

/** Runs the analyzer over the sources now and returns the manifest (concurrent callers share a run). */
let running;
export function freshManifest() {
  running ??= analyze().finally(() => (running = undefined));
  return running;
}

async function analyze() {
  await run(
    process.execPath,
    [
      new URL('node_modules/@custom-elements-manifest/analyzer/cem.js', root).pathname,
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--quiet',
    ],
    {
      cwd: root.pathname,
    },
  );
  return JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
}

export function referencePlugin() {
  return {
    name: 'api-reference',
    async serve(context) {
      if (context.path === '/docs/api/' || context.path === '/docs/api/index.html')
        return { body: referenceHtml(await freshManifest()), type: 'html' };
      if (context.path === '/docs/api/reference.css') return { body: REFERENCE_CSS, type: 'css' };
      return undefined;
    },
  };
}
