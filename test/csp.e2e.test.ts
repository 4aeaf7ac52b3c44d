// A purchase on a host page under the strict Content Security Policy the README documents, with 0
// policy violations, including Stripe's loader under Trusted Types.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CspResult {
  stripe: string;
  charges: number[];
  violations: string[];
  errors: string[];
  policy: string;
}

describe('strict Content Security Policy', function () {
  this.timeout(60000);

  it('buys through the buy button and loads Stripe.js with 0 violations', async () => {
    const result = (await executeServerCommand('csp-purchase', {})) as CspResult;
    expect(result.policy).to.contain("require-trusted-types-for 'script'").and.not.contain('unsafe-inline');
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(result.charges).to.deep.equal([1]);
    expect(result.stripe).to.equal('loaded');
  });
});
