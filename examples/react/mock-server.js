// Test wiring: the mock checkout service (`npm run mock`), for trying the page without a checkout
// service, a Microsoft sign-in or a Stripe account. Not part of your app.
import { startCheckoutServer } from 'ssp-widgets/testing/server';

const checkout = await startCheckoutServer({ port: Number(process.env.PORT ?? 4010) });
console.log(`mock checkout service: ${checkout.url}`);
console.log(`with \`npm run dev\` running, open http://localhost:5173/?ssp-test=${checkout.url}`);
