// Writes a generated file, or with `--check` fails when the committed one is stale (verify runs
// the checks: generated files never drift from their source).
import { readFile, writeFile } from 'node:fs/promises';

export async function writeOrCheck(target, generated, { what, command }) {
  if (process.argv.includes('--check')) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed !== generated) {
      console.error(`${what} is stale: run \`${command}\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${what} is up to date.`);
  } else {
    await writeFile(target, generated);
    console.log(`wrote ${what}`);
  }
}
