import { useState } from 'react';
import { SspBuyButton } from 'ssp-widgets/react';
import { testSettings } from './test-mode';

export function App() {
  const [licenses, setLicenses] = useState<number>();

  return (
    <main>
      <h1>Power BI Pro</h1>
      <p>Interactive reports and dashboards, shared with your team.</p>
      {/* {...testSettings} is test wiring (test-mode.ts): empty unless the page is opened in test mode. */}
      <SspBuyButton
        product="power-bi-pro"
        apiBase="https://checkout.example.com"
        clientId="00000000-0000-0000-0000-000000000000"
        authority="https://login.microsoftonline.com/organizations"
        redirectUri={`${location.origin}/auth-redirect.html`}
        stripeKey="pk_live_…"
        {...testSettings}
        onPurchaseComplete={(event) => setLicenses(event.quantity)}
      />
      <p role="status">{licenses !== undefined && `Thanks, ${licenses} ${licenses === 1 ? 'license' : 'licenses'}`}</p>
    </main>
  );
}
