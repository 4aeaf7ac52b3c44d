// Generates src/api/schema.ts from api/openapi.yaml (openapi-typescript).
// `--check` fails when the committed file is stale instead of writing it.
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { writeOrCheck } from './generated.mjs';

const source = new URL('../api/openapi.yaml', import.meta.url);
const target = new URL('../src/api/schema.ts', import.meta.url);

const ast = await openapiTS(source, { exportType: false, alphabetize: false });
const header = '// Generated from api/openapi.yaml by `npm run api:generate`. Do not edit by hand.\n\n';
const generated = await prettier.format(header + astToString(ast), {
  ...(await prettier.resolveConfig(target.pathname)),
  parser: 'typescript',
});

await writeOrCheck(target, generated, { what: 'src/api/schema.ts', command: 'npm run api:generate' });
