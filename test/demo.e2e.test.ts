// The QA demo used as a person would (real clicks in a page of its own), one happy purchase and one
// ineligible identity, with the event log checked and a screenshot of each end state saved.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WCAG_AA_TAGS } from './helpers/axe.js';
import { LOCALES } from '../src/i18n/i18n.js';

interface DemoResult {
  url: string;
  log: string[];
  panel: Record<string, string>;
  lang: string;
  locales: [string, string][];
  ledger: string[][];
  errors: string[];
}

const run = (command: string, payload: object) => executeServerCommand(command, payload) as Promise<DemoResult>;

describe('the QA demo', function () {
  this.timeout(60000);
  afterEach(() => executeServerCommand('demo-close', {}).catch(() => undefined));

  it('buys Power BI Pro through the buy button’s dialog, with the events in the log', async () => {
    await run('demo-open', { query: '?fault=tenant:latency=300' });
    await run('demo-to-payment', { product: 'power-bi-pro', email: 'megan@contoso.com', seats: 3 });
    const result = await run('demo-pay', { card: '4242 4242 4242 4242' });
    expect(result.errors).to.deep.equal([]);
    expect(result.url).to.contain('product=power-bi-pro').and.contain('fault=tenant');
    const steps = result.log
      .filter((line) => line.includes('ssp-step-change'))
      .map((line) => line.match(/"step":"([a-z-]+)"/)?.[1]);
    expect(steps.slice(-7)).to.deep.equal([
      'email',
      'sign-in',
      'checking',
      'seats',
      'payment',
      'processing',
      'complete',
    ]);
    const complete = result.log.find((line) => line.includes('ssp-purchase-complete'))!;
    expect(complete).to.contain('"quantity":3').and.contain('"amount":4200').and.contain('"currency":"USD"');
    // The QA panel shows the checkout server's truth (another origin): one purchase, charged once.
    expect(result.ledger.map(([, status, , charges]) => [status, charges])).to.deep.equal([['active', '1']]);
  });

  it('shows the ineligible notice for a personal email, with the reason in the log', async () => {
    await run('demo-open', { query: '?product=visio-plan-2' });
    const result = await run('demo-ineligible', { email: 'someone@gmail.com' });
    expect(result.errors).to.deep.equal([]);
    expect(result.log.find((line) => line.includes('ssp-ineligible'))).to.contain('"reason":"personal-email"');
  });

  it('reproduces the panel from the URL, so a bug report is a link', async () => {
    const result = await run('demo-open', {
      query: '?product=project-plan-3&locale=sv&theme=dark&auth=test&fault=offer:500*2',
    });
    expect(result.panel).to.include({
      product: 'project-plan-3',
      locale: 'sv',
      theme: 'dark',
      auth: 'test',
      fault: 'offer:500*2',
    });
    expect(result.lang).to.equal('sv');
  });

  it('lists every language the SDK ships in the locale menu, each named in itself', async () => {
    const result = await run('demo-open', { query: '?locale=he&auth=test', buyLabel: 'קנה את ' });
    const { locales } = result;
    expect(locales.map(([tag]) => tag)).to.deep.equal(LOCALES);
    expect(locales).to.deep.include.members([
      ['he', 'עברית (he)'],
      ['pl', 'Polski (pl)'],
      ['zh-Hant', '繁體中文 (zh-Hant)'],
      ['eu', 'Euskara (eu)'],
    ]);
    expect(result.panel).to.include({ locale: 'he' });
    expect(result.lang).to.equal('he');
  });

  for (const theme of ['light', 'dark', 'brand']) {
    it(`meets the WCAG A/AA rules, contrast included, in the ${theme} theme`, async () => {
      await run('demo-open', { query: `?theme=${theme}&auth=test` });
      const { violations } = (await executeServerCommand('demo-axe', { theme, tags: WCAG_AA_TAGS })) as {
        violations: string[];
      };
      expect(violations, violations.join('\n')).to.deep.equal([]);
    });
  }
});
