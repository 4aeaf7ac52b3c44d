// `npm test`: makes sure Chromium is there, then runs Web Test Runner in it.
import { spawnSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.mjs';

function installChromium() {
  const isRoot = process.getuid?.() === 0;
  const aptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout.trim();
  if (!isRoot || !aptGet) return false;
  console.log('Chromium is missing: installing Debian\'s "chromium" package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return install.status === 0 && hasChromium();
}

if (!hasChromium() && !process.env.CHROME_PATH && !installChromium()) {
  console.error(
    `No Chromium at ${chromiumPath()}.\n` +
      "Install Debian's package as root:  apt-get update && apt-get install -y chromium\n" +
      'or point CHROME_PATH at a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}
if (!hasChromium()) {
  console.error(`CHROME_PATH points at ${chromiumPath()}, which does not exist.`);
  process.exit(1);
}

const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const run = spawnSync(
  process.execPath,
  [new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url).pathname, ...args.slice(1)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
