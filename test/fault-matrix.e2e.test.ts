// The fault matrix: a purchase against the checkout service on its own origin (HTTP), with a fault
// or a mishap per scenario. Every scenario checks the same four promises: the card is charged at
// most once (the server's ledger), a paid purchase is never shown as failed, `ssp-purchase-complete`
// fires at most once per purchase, and within 20 s the person sees a message and a way forward.
import { expect } from '@open-wc/testing';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { remoteCheckout, type RemoteCheckout } from '../mocks/remote.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import type { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import { loadAll } from '../src/elements.js';
import type { Step } from '../src/shared/events.js';
import {
  chooseSeats,
  inStep,
  mountStripeFlow,
  payWithStripe,
  signIn,
  stepView,
  submitEmail,
  untilStep,
} from './helpers/flow.js';
import { waitUntil } from './helpers/wait.js';

const GOOD = '4242424242424242';
const WAY_FORWARD = 20_000;

interface Run {
  flow: SspPurchaseFlow;
  /** Takes the flow out of the page and puts a new one in (a reload: storage and server stay). */
  reload(): Promise<void>;
}

interface Scenario {
  name: string;
  /** Faults of the checkout server while the scenario runs (`endpoint:kind=value*times`). */
  faults?: string;
  run(run: Run): Promise<void>;
  /** Where the person ends up, and whether the card was charged. */
  ends: Step;
  charged: boolean;
}

let remote: RemoteCheckout;
const clickPay = (flow: SspPurchaseFlow) => inStep<HTMLButtonElement>(flow, 'button[part=button]').click();
async function challenge(answer: 0 | 1): Promise<void> {
  const button = () => document.querySelectorAll<HTMLButtonElement>('.fake-stripe-3ds button')[answer];
  await waitUntil(button, '3-D Secure challenge');
  button()!.click();
}
const errorShown = (flow: SspPurchaseFlow) =>
  waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('[part=error]')?.textContent, 'an error message');

async function toPayment(flow: SspPurchaseFlow, seats = '2'): Promise<void> {
  await submitEmail(flow, 'megan@contoso.com');
  await signIn(flow);
  await chooseSeats(flow, seats);
  await untilStep(flow, 'payment');
}

const scenarios: Scenario[] = [
  {
    name: 'a purchase with nothing going wrong',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'Pay clicked three times',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
      clickPay(flow);
      clickPay(flow);
    },
  },
  {
    name: 'a declined card, then a good one',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, '4000000000000002');
      await errorShown(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'insufficient funds, then a good card',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, '4000000000009995');
      await errorShown(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: '3-D Secure completed',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, '4000002760003184');
      await challenge(0);
    },
  },
  {
    name: '3-D Secure failed: a message and Pay again',
    ends: 'payment',
    charged: false,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, '4000002760003184');
      await challenge(1);
      await errorShown(flow);
    },
  },
  {
    name: 'tenant lookup 500 once (retried)',
    faults: 'tenant:500*1',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'offer 503 for good: Try again',
    faults: 'offer:503*8',
    ends: 'error',
    charged: false,
    run: async ({ flow }) => {
      await submitEmail(flow, 'megan@contoso.com');
      await signIn(flow);
    },
  },
  {
    name: 'offer malformed JSON: Try again',
    faults: 'offer:malformed',
    ends: 'error',
    charged: false,
    run: async ({ flow }) => {
      await submitEmail(flow, 'megan@contoso.com');
      await signIn(flow);
    },
  },
  {
    name: 'offer 429 Retry-After 30: wait, then Try again',
    faults: 'offer:429=30',
    ends: 'error',
    charged: false,
    run: async ({ flow }) => {
      await submitEmail(flow, 'megan@contoso.com');
      await signIn(flow);
    },
  },
  {
    name: 'offer 401 once: the token is renewed',
    faults: 'offer:401*1',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'offer never answers: Try again within 20 s',
    faults: 'offer:timeout=60000',
    ends: 'error',
    charged: false,
    run: async ({ flow }) => {
      await submitEmail(flow, 'megan@contoso.com');
      await signIn(flow);
    },
  },
  {
    name: 'purchase 500 once: retried with the same key',
    faults: 'purchase:500*1',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'the purchase is made but its answer is lost: the retry finds it',
    faults: 'purchase:lost*1',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'reload while the purchase request is in flight',
    faults: 'purchase:latency=800',
    ends: 'complete',
    charged: true,
    run: async (run) => {
      await submitEmail(run.flow, 'megan@contoso.com');
      await signIn(run.flow);
      await chooseSeats(run.flow, '2');
      await new Promise((resolve) => setTimeout(resolve, 150));
      await run.reload();
      await untilStep(run.flow, 'seats');
      inStep<HTMLButtonElement>(run.flow, 'button[type=submit]').click();
      await payWithStripe(run.flow, GOOD);
    },
  },
  {
    name: 'reload at payment: the same purchase',
    ends: 'complete',
    charged: true,
    run: async (run) => {
      await toPayment(run.flow);
      await run.reload();
      await payWithStripe(run.flow, GOOD);
    },
  },
  {
    name: 'status requests fail while processing: still checking, then done',
    faults: 'status:500*3',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'offline while processing, then back',
    faults: 'status:offline*2',
    ends: 'complete',
    charged: true,
    run: async ({ flow }) => {
      await toPayment(flow);
      await payWithStripe(flow, GOOD);
    },
  },
  {
    name: 'reload during processing',
    ends: 'complete',
    charged: true,
    run: async (run) => {
      await toPayment(run.flow);
      await payWithStripe(run.flow, GOOD);
      await untilStep(run.flow, 'processing');
      await run.reload();
    },
  },
  {
    name: 'reload on the last step: reported once',
    ends: 'complete',
    charged: true,
    run: async (run) => {
      await toPayment(run.flow);
      await payWithStripe(run.flow, GOOD);
      await untilStep(run.flow, 'complete', WAY_FORWARD);
      await run.reload();
      await run.reload();
    },
  },
  {
    name: 'a forged 3-D Secure return on the page is ignored',
    ends: 'payment',
    charged: false,
    run: async (run) => {
      await toPayment(run.flow);
      history.replaceState(null, '', `${location.pathname}?payment_intent=pi_forged&redirect_status=succeeded`);
      await run.reload();
    },
  },
  {
    name: 'two tabs pay for one purchase',
    ends: 'complete',
    charged: true,
    run: async (run) => {
      const other = await mountFlow(new TestAuthProvider(), 'tab-2');
      await toPayment(run.flow);
      await toPayment(other);
      await payWithStripe(run.flow, GOOD);
      await untilStep(run.flow, 'complete', WAY_FORWARD);
      await payWithStripe(other, GOOD);
      await untilStep(other, 'complete', WAY_FORWARD);
    },
  },
];

const mountFlow = (auth: TestAuthProvider, flowId = '') => mountStripeFlow(remote.baseUrl, auth, flowId);

describe('fault matrix (checkout service on its own origin)', function () {
  this.timeout(60_000);
  const completed: string[] = [];
  // Per flow (its flow-id; a reload keeps it, a second tab has its own) and purchase.
  const onComplete = (event: Event) =>
    completed.push(
      `${(event.target as Element).getAttribute('flow-id')}:${(event as Event & { purchaseId: string }).purchaseId}`,
    );

  before(async () => {
    remote = (await remoteCheckout('fault-matrix'))!;
    installFakeStripe(remote.payments);
    await loadAll();
    document.addEventListener('ssp-purchase-complete', onComplete);
  });
  after(() => document.removeEventListener('ssp-purchase-complete', onComplete));

  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      await remote.reset();
      sessionStorage.clear();
      completed.length = 0;
      await remote.setFaults(scenario.faults ?? '');
      const auth = new TestAuthProvider();
      const run: Run = {
        flow: await mountFlow(auth),
        reload: async () => {
          run.flow.parentElement!.remove();
          run.flow = await mountFlow(auth);
        },
      };
      try {
        await scenario.run(run);
        await untilStep(run.flow, scenario.ends, WAY_FORWARD);
        await run.flow.updateComplete;
      } finally {
        await remote.setFaults('');
        history.replaceState(null, '', location.pathname);
      }

      const ledger = await remote.ledger();
      const charges = ledger.reduce((sum, purchase) => sum + purchase.charges, 0);
      expect(charges, 'charges on the server').to.equal(scenario.charged ? 1 : 0);
      expect(
        ledger.every((purchase) => purchase.charges <= 1),
        'never charged twice',
      ).to.equal(true);
      if (ledger.some((purchase) => purchase.status !== 'requires_payment')) {
        expect(run.flow.getAttribute('step'), 'a paid purchase is never shown as failed').to.not.equal('error');
      }
      expect(new Set(completed).size, 'one ssp-purchase-complete per purchase and tab').to.equal(completed.length);
      // A message and a way forward: a heading, and a button (or, when done, the way into the product).
      const view = stepView(run.flow)?.shadowRoot ?? run.flow.shadowRoot!;
      expect(view.querySelector('.title')?.textContent?.trim(), 'a message').to.not.equal(undefined);
      expect(view.querySelector('button, a[href]'), 'a way forward').to.not.equal(null);
    });
  }
});
