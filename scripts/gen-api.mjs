// Generates src/api/schema.ts from api/openapi.yaml (openapi-typescript).
// `--check` fails when the committed file is stale instead of writing it.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const source = new URL('../api/openapi.yaml', import.meta.url);
const target = new URL('../src/api/schema.ts', import.meta.url);

const ast = await openapiTS(source, { exportType: false, alphabetize: false });
const header = '// Generated from api/openapi.yaml by `npm run api:generate`. Do not edit by hand.\n\n';
const generated = await prettier.format(header + astToString(ast), {
  ...(await prettier.resolveConfig(target.pathname)),
  parser: 'typescript',
});

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error('src/api/schema.ts is stale: run `npm run api:generate` and commit the result.');
    process.exit(1);
  }
  console.log('src/api/schema.ts matches api/openapi.yaml.');
} else {
  await writeFile(target, generated);
  console.log('wrote src/api/schema.ts');
}
