import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { devPlugins } from './scripts/dev-plugins.mjs';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { checkoutPlugin } from './scripts/checkout-plugin.mjs';
import { oidcPlugin } from './scripts/oidc-plugin.mjs';
import { cspCommands } from './scripts/csp-commands.mjs';
import { demoCommands } from './scripts/demo-commands.mjs';
import { referencePlugin } from './scripts/reference-plugin.mjs';
import { elementDocsCommands } from './scripts/element-docs.mjs';

export default {
  files: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    ...devPlugins(),
    oidcPlugin(),
    checkoutPlugin(),
    demoCommands(),
    cspCommands(),
    elementDocsCommands(),
    referencePlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  concurrency: 2,
  hostname: 'localhost',
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testsFinishTimeout: 10 * 60 * 1000,
  reporters: [defaultReporter(), countReporter()],
};
