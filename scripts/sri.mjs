// After the CDN build: the Subresource Integrity hash of every file in dist/cdn, printed for the
// three a page names in a tag (the entry, the classic loader, the redirect bridge) and written to
// dist/cdn/integrity.json, in the shape of an import map's `integrity` (keys relative to dist/cdn: prefix
// them with the CDN folder's URL), so a page can have the lazy chunks checked too.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';

const cdn = new URL('../dist/cdn/', import.meta.url);
const files = (await readdir(cdn, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
const integrity = {};
for (const file of files) {
  const hash = createHash('sha384')
    .update(await readFile(new URL(file, cdn)))
    .digest('base64');
  integrity[`./${file}`] = `sha384-${hash}`;
}
await writeFile(new URL('integrity.json', cdn), `${JSON.stringify({ integrity }, null, 2)}\n`);
console.log('Subresource Integrity (dist/cdn/integrity.json has every file):');
for (const file of ['ssp-widgets.js', 'ssp-widgets.loader.js', 'ssp-widgets.redirect-bridge.js'])
  console.log(`  ${file.padEnd(32)} integrity="${integrity[`./${file}`]}"`);
