/**
 * The test world the README lists: organizations, their domains and policies, and the test cards.
 * One truth for the mock checkout service, the local sign-in, the demo page and the tests.
 */
import type { ProductId } from '../src/shared/products.js';

export type AdminPolicy = 'Enabled' | 'Disabled' | 'OnlyTrialsWithoutPaymentMethod';
export type TenantKind = 'commercial' | 'government' | 'education' | 'unmanaged';
/** An admin role of the tenant's own directory. */
export type DirectoryRole = 'global-admin' | 'billing-admin';

/** Entra's directory role template ids, as they appear in a token's `wids` claim. */
export const ROLE_TEMPLATE_IDS: Record<DirectoryRole, string> = {
  'global-admin': '62e90394-69f5-4237-9190-012177145e10',
  'billing-admin': 'b0f54661-2d74-4c50-afa3-1ec803f12efd',
};

export interface TestTenant {
  id: string;
  displayName: string;
  domains: string[];
  kind: TenantKind;
  country: string;
  policies?: Partial<Record<ProductId, AdminPolicy>>;
  adminContact?: { message: string; url: string };
  /** Self-service subscriptions someone in the tenant already holds, by purchaser email. */
  subscriptions?: SeedSubscription[];
  /** The tenant's directory: who the purchaser can find and assign licenses to. */
  directory?: DirectoryEntry[];
  /** People with an admin role (their tokens carry it in `wids`). */
  admins?: Array<{ email: string; role: DirectoryRole }>;
  /** A partner: its admins are delegated admins of these tenants (`delegated_admin_tenants`). */
  delegatedAdminOf?: string[];
  /** Subscriptions the organization bought centrally (its own agreements), with who holds a license. */
  central?: Array<{ productId: ProductId; quantity: number; assigned: string[] }>;
  /** License requests waiting in the admin's inbox when the service starts. */
  licenseRequests?: Array<{ requester: string; productId: ProductId; message?: string; daysAgo: number }>;
}

export interface DirectoryEntry {
  name: string;
  email: string;
  jobTitle?: string;
}

/**
 * A self-service subscription as the mock service starts with it. Dates are relative to the
 * moment the service's data is created, so the demo looks the same on any day.
 */
export interface SeedSubscription {
  owner: string;
  productId: ProductId;
  quantity: number;
  billingPeriod: 'month' | 'year';
  /** `active` unless said; `past_due` makes the latest invoice past due. */
  status?: 'active' | 'past_due' | 'canceled' | 'expired';
  /** Emails of the people holding a license. */
  assigned?: string[];
  /** The saved card: a test card number (TEST_CARDS) and its expiry. */
  card?: { number: string; expMonth: number; expYear: number };
  /** Days since the current period started (for `expired`: days since it ended). */
  periodAgeDays: number;
  /** Earlier orders, oldest first: periods before the current one and licenses added then. */
  history: Array<{ periodsAgo: number; kind: 'purchase' | 'licenses-added'; quantityChange: number }>;
}

/** Northwind's people (the owner among them); `guest.` marks a guest account, as everywhere. */
const NORTHWIND_DIRECTORY: DirectoryEntry[] = [
  ['Olivia Owner', 'owner', 'Analytics lead'],
  ['Adele Vance', 'adele.vance', 'Retail manager'],
  ['Alex Wilber', 'alex.wilber', 'Marketing assistant'],
  ['Allan Deyoung', 'allan.deyoung', 'IT admin'],
  ['Bianca Pisani', 'bianca.pisani', 'Sales'],
  ['Brian Johnson', 'brian.johnson', 'Sales'],
  ['Cameron White', 'cameron.white', 'Finance'],
  ['Christie Cline', 'christie.cline', 'Buyer'],
  ['Debra Berger', 'debra.berger', 'Administrative assistant'],
  ['Diego Siciliani', 'diego.siciliani', 'HR manager'],
  ['Emily Braun', 'emily.braun', 'Budget analyst'],
  ['Enrico Cattaneo', 'enrico.cattaneo', 'Attorney'],
  ['Grady Archie', 'grady.archie', 'Designer'],
  ['Henrietta Mueller', 'henrietta.mueller', 'Developer'],
  ['Irvin Sayers', 'irvin.sayers', 'Director'],
  ['Isaiah Langer', 'isaiah.langer', 'Sales representative'],
  ['Johanna Lorenz', 'johanna.lorenz', 'Senior engineer'],
  ['Joni Sherman', 'joni.sherman', 'Paralegal'],
  ['Jordan Miller', 'jordan.miller', 'Marketing'],
  ['Lee Gu', 'lee.gu', 'Director'],
  ['Lidia Holloway', 'lidia.holloway', 'Product manager'],
  ['Lynne Robbins', 'lynne.robbins', 'Planner'],
  ['Mazal Ohana', 'mazal.ohana', 'Data analyst'],
  ['Megan Bowen', 'megan.bowen', 'Marketing manager'],
  ['Miriam Graham', 'miriam.graham', 'Director'],
  ["Nestor O'Brien", 'nestor.obrien', 'Support'],
  ['Patti Fernandez', 'patti.fernandez', 'President'],
  ['Pradeep Gupta', 'pradeep.gupta', 'Accountant'],
  ['Sofía Ramírez', 'sofia.ramirez', 'Engineer'],
  ['Zoë Åberg', 'zoe.aberg', 'Researcher'],
  ['Jordan Reyes (guest)', 'guest.jordan', 'Consultant, Fabrikam'],
].map(([name, local, jobTitle]) => ({ name: name!, email: `${local}@northwind.com`, jobTitle: jobTitle! }));

const CONTOSO_ID = '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0470';

const CONTOSO_DIRECTORY: DirectoryEntry[] = [
  ['Megan Carter', 'megan'],
  ['Lee Park', 'synced.lee'],
  ['Nina Patel', 'nina'],
  ['Omar Haddad', 'omar'],
  ['Priya Nair', 'priya'],
  ['Tom Baker', 'tom'],
  ['Kim Lindqvist (guest)', 'guest.kim'],
].map(([name, local]) => ({ name: name!, email: `${local}@contoso.com` }));

export const TENANTS: readonly TestTenant[] = [
  {
    id: CONTOSO_ID,
    displayName: 'Contoso',
    domains: ['contoso.com'],
    kind: 'commercial',
    country: 'US',
    directory: CONTOSO_DIRECTORY,
    admins: [
      { email: 'admin@contoso.com', role: 'global-admin' },
      { email: 'billing@contoso.com', role: 'billing-admin' },
    ],
    // What the admins see: one purchaser still here, one who left (not in the directory any more).
    subscriptions: [
      {
        owner: 'nina@contoso.com',
        productId: 'power-bi-pro',
        quantity: 3,
        billingPeriod: 'month',
        assigned: ['nina@contoso.com', 'omar@contoso.com', 'priya@contoso.com'],
        card: { number: '4242424242424242', expMonth: 6, expYear: 2029 },
        periodAgeDays: 12,
        history: [
          { periodsAgo: 2, kind: 'purchase', quantityChange: 2 },
          { periodsAgo: 1, kind: 'licenses-added', quantityChange: 1 },
        ],
      },
      {
        owner: 'dana@contoso.com',
        productId: 'visio-plan-2',
        quantity: 2,
        billingPeriod: 'year',
        assigned: ['dana@contoso.com', 'tom@contoso.com'],
        card: { number: '4242424242424242', expMonth: 1, expYear: 2028 },
        periodAgeDays: 200,
        history: [{ periodsAgo: 0, kind: 'purchase', quantityChange: 2 }],
      },
    ],
    central: [
      { productId: 'power-bi-pro', quantity: 6, assigned: ['synced.lee@contoso.com', 'tom@contoso.com'] },
      { productId: 'visio-plan-1', quantity: 2, assigned: ['omar@contoso.com', 'tom@contoso.com'] },
      { productId: 'visio-plan-2', quantity: 5, assigned: [] },
    ],
    licenseRequests: [
      {
        requester: 'priya@contoso.com',
        productId: 'visio-plan-1',
        message: 'For the <b>office move</b> floor plans, please.',
        daysAgo: 2,
      },
      { requester: 'omar@contoso.com', productId: 'power-bi-pro', message: 'To publish the sales report.', daysAgo: 1 },
    ],
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c05e0',
    displayName: 'Contoso Sverige',
    domains: ['contoso.se'],
    kind: 'commercial',
    country: 'SE',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0de0',
    displayName: 'Contoso Deutschland',
    domains: ['contoso.de'],
    kind: 'commercial',
    country: 'DE',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0b00',
    displayName: 'Contoso UK',
    domains: ['contoso.co.uk'],
    kind: 'commercial',
    country: 'GB',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0a90',
    displayName: 'Contoso Japan',
    domains: ['contoso.jp'],
    kind: 'commercial',
    country: 'JP',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0ae0',
    displayName: 'Contoso Korea',
    domains: ['contoso.co.kr'],
    kind: 'commercial',
    country: 'KR',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0910',
    displayName: 'Contoso Polska',
    domains: ['contoso.pl'],
    kind: 'commercial',
    country: 'PL',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0c10',
    displayName: 'Contoso Chile',
    domains: ['contoso.cl'],
    kind: 'commercial',
    country: 'CL',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0150',
    displayName: 'Contoso Ísland',
    domains: ['contoso.is'],
    kind: 'commercial',
    country: 'IS',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0430',
    displayName: 'Contoso Magyarország',
    domains: ['contoso.hu'],
    kind: 'commercial',
    country: 'HU',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0ca0',
    displayName: 'Contoso Canada',
    domains: ['contoso.ca'],
    kind: 'commercial',
    country: 'CA',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-000000fab1a0',
    displayName: 'Fabrikam India',
    domains: ['fabrikam.in'],
    kind: 'commercial',
    country: 'IN',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-00000000b0b0',
    displayName: 'Woodgrove Brasil',
    domains: ['woodgrove.com.br'],
    kind: 'commercial',
    country: 'BR',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-000000000cd0',
    displayName: 'Tailspin Congo',
    domains: ['tailspin.cd'],
    kind: 'commercial',
    country: 'CD',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-00000000060f',
    displayName: 'Trey Research',
    domains: ['treyresearch.gov'],
    kind: 'government',
    country: 'US',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-0000000000ed',
    displayName: 'School District',
    domains: ['school.edu'],
    kind: 'education',
    country: 'US',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-00000000ada7',
    displayName: 'adatum.net',
    domains: ['adatum.net'],
    kind: 'unmanaged',
    country: 'US',
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-000000011730',
    displayName: 'Litware',
    domains: ['litware.com'],
    kind: 'commercial',
    country: 'US',
    policies: {
      'project-plan-3': 'Disabled',
      'visio-plan-2': 'Disabled',
      'power-bi-pro': 'OnlyTrialsWithoutPaymentMethod',
      'visio-plan-1': 'OnlyTrialsWithoutPaymentMethod',
    },
    adminContact: {
      message: 'Litware buys software centrally. Ask for it in the IT service portal and we will assign you a license.',
      url: 'https://it.litware.com/software-requests',
    },
    admins: [{ email: 'admin@litware.com', role: 'global-admin' }],
  },
  {
    // A Microsoft partner with delegated administration of Contoso.
    id: '5f8f8b2c-0c1a-4d5e-9a0b-000000d1e9a7',
    displayName: 'Relecloud Partners',
    domains: ['relecloud.com'],
    kind: 'commercial',
    country: 'US',
    admins: [{ email: 'partner@relecloud.com', role: 'global-admin' }],
    delegatedAdminOf: [CONTOSO_ID],
  },
  {
    id: '5f8f8b2c-0c1a-4d5e-9a0b-00000000f0f0',
    displayName: 'Northwind Traders',
    domains: ['northwind.com'],
    kind: 'commercial',
    country: 'US',
    directory: NORTHWIND_DIRECTORY,
    subscriptions: [
      {
        owner: 'owner@northwind.com',
        productId: 'power-bi-pro',
        quantity: 5,
        billingPeriod: 'month',
        status: 'past_due',
        assigned: ['owner@northwind.com', 'adele.vance@northwind.com', 'alex.wilber@northwind.com'],
        card: { number: '4242424242424242', expMonth: 12, expYear: 2028 },
        periodAgeDays: 10,
        history: [
          { periodsAgo: 6, kind: 'purchase', quantityChange: 3 },
          { periodsAgo: 3, kind: 'licenses-added', quantityChange: 2 },
        ],
      },
      {
        owner: 'owner@northwind.com',
        productId: 'visio-plan-2',
        quantity: 2,
        billingPeriod: 'year',
        assigned: ['grady.archie@northwind.com'],
        // A card that asks for 3-D Secure when it is charged (adding licenses, paying an invoice).
        card: { number: '4000002760003184', expMonth: 3, expYear: 2029 },
        periodAgeDays: 100,
        history: [{ periodsAgo: 0, kind: 'purchase', quantityChange: 2 }],
      },
      {
        owner: 'owner@northwind.com',
        productId: 'project-plan-3',
        quantity: 1,
        billingPeriod: 'month',
        status: 'canceled',
        assigned: ['lidia.holloway@northwind.com'],
        card: { number: '5555555555554444', expMonth: 8, expYear: 2027 },
        periodAgeDays: 20,
        history: [{ periodsAgo: 2, kind: 'purchase', quantityChange: 1 }],
      },
      {
        owner: 'owner@northwind.com',
        productId: 'power-automate-per-user',
        quantity: 2,
        billingPeriod: 'month',
        status: 'expired',
        card: { number: '4242424242424242', expMonth: 12, expYear: 2028 },
        periodAgeDays: 40,
        history: [{ periodsAgo: 1, kind: 'purchase', quantityChange: 2 }],
      },
    ],
  },
];

/** Consumer mail domains: "use your work or school email". */
export const CONSUMER_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.se',
  'live.com',
  'live.se',
  'msn.com',
  'yahoo.com',
  'yahoo.se',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'web.de',
];

/** The test identities the README lists (plus one per extra currency), for the demo and the tests. */
export const TEST_IDENTITIES = [
  { email: 'megan@contoso.com', outcome: 'eligible; USD prices' },
  { email: 'anna@contoso.se', outcome: 'eligible; SEK prices' },
  { email: 'lukas@contoso.de', outcome: 'eligible; EUR prices' },
  { email: 'oliver@contoso.co.uk', outcome: 'eligible; GBP prices' },
  { email: 'yuki@contoso.jp', outcome: 'eligible; JPY prices' },
  { email: 'minjun@contoso.co.kr', outcome: 'eligible; KRW prices (no decimals)' },
  { email: 'zofia@contoso.pl', outcome: 'eligible; PLN prices' },
  { email: 'camila@contoso.cl', outcome: 'eligible; CLP prices (no decimals)' },
  { email: 'sigga@contoso.is', outcome: 'eligible; ISK prices (no decimals)' },
  { email: 'bence@contoso.hu', outcome: 'eligible; HUF prices (whole forints)' },
  { email: 'emma@contoso.ca', outcome: 'eligible; CAD prices, plus tax' },
  { email: 'synced.lee@contoso.com', outcome: 'on-premises-synced member: eligible' },
  { email: 'guest.kim@contoso.com', outcome: 'guest-user' },
  { email: 'ravi@fabrikam.in', outcome: 'market-unavailable for every product' },
  {
    email: 'joao@woodgrove.com.br',
    outcome: 'Power BI/Apps/Automate eligible (BRL); Project, Visio market-unavailable',
  },
  { email: 'amani@tailspin.cd', outcome: 'as Brazil (USD)' },
  { email: 'sam@treyresearch.gov', outcome: 'government-tenant' },
  { email: 'lena@school.edu', outcome: 'education-tenant' },
  { email: 'pat@adatum.net', outcome: 'unmanaged-tenant' },
  {
    email: 'chris@litware.com',
    outcome: 'Project, Visio 2 disabled-by-admin; Power BI Pro trials-only; Visio 1 trial',
  },
  {
    email: 'owner@northwind.com',
    outcome:
      'owns 5 Power BI Pro (3 assigned, an invoice past due): add licenses; also Visio Plan 2 annual (3-D Secure card), Project Plan 3 canceled, Power Automate expired',
  },
  {
    email: 'adele.vance@northwind.com',
    outcome: 'Northwind member, not the purchaser: 403 on the owner’s subscriptions',
  },
  { email: 'guest.jordan@northwind.com', outcome: 'guest in Northwind: found in the directory, cannot be assigned' },
  {
    email: 'admin@contoso.com',
    outcome: 'Contoso global admin: every self-service purchase, the policy, license requests, take-over',
  },
  { email: 'billing@contoso.com', outcome: 'Contoso billing admin: the same as the global admin' },
  {
    email: 'partner@relecloud.com',
    outcome: 'delegated partner of Contoso (Relecloud): reads and takes over, never changes the policy',
  },
  { email: 'admin@litware.com', outcome: 'Litware global admin: never finds Contoso (404)' },
  {
    email: 'nina@contoso.com',
    outcome: 'owns 3 Power BI Pro bought self-service (3 assigned): 403 on the admin operations',
  },
  { email: 'someone@gmail.com', outcome: 'personal-email' },
  { email: 'x@unknown.example', outcome: 'no-tenant' },
] as const;

export type CardOutcome =
  | { kind: 'succeeded' }
  | {
      kind: 'declined';
      code: 'card_declined' | 'insufficient_funds' | 'expired_card' | 'incorrect_cvc' | 'processing_error';
    }
  | { kind: 'three-d-secure' };

/** Stripe's test card numbers, with the same meaning. Others succeed, as on Stripe. */
export const TEST_CARDS: ReadonlyArray<{ number: string; label: string; outcome: CardOutcome }> = [
  { number: '4242424242424242', label: 'succeeds', outcome: { kind: 'succeeded' } },
  { number: '4000000000000002', label: 'declined', outcome: { kind: 'declined', code: 'card_declined' } },
  {
    number: '4000000000009995',
    label: 'insufficient funds',
    outcome: { kind: 'declined', code: 'insufficient_funds' },
  },
  { number: '4000000000000069', label: 'expired card', outcome: { kind: 'declined', code: 'expired_card' } },
  { number: '4000000000000127', label: 'incorrect CVC', outcome: { kind: 'declined', code: 'incorrect_cvc' } },
  { number: '4000000000000119', label: 'processing error', outcome: { kind: 'declined', code: 'processing_error' } },
  { number: '4000002760003184', label: 'requires 3-D Secure', outcome: { kind: 'three-d-secure' } },
];

export function cardOutcome(cardNumber: string): CardOutcome {
  const digits = cardNumber.replace(/\D/g, '');
  return TEST_CARDS.find((card) => card.number === digits)?.outcome ?? { kind: 'succeeded' };
}

/** The tenant that owns an email's domain (domains compared lower-case, in ASCII/punycode form). */
export function tenantForDomain(domain: string): TestTenant | undefined {
  const wanted = domain.toLowerCase();
  return TENANTS.find((tenant) => tenant.domains.includes(wanted));
}

export function tenantById(id: string): TestTenant | undefined {
  return TENANTS.find((tenant) => tenant.id === id);
}

/** The admin role a test email holds in its own tenant, if any. */
export function directoryRoleOf(email: string): DirectoryRole | undefined {
  const normalized = email.trim().toLowerCase();
  const tenant = tenantForDomain(normalized.split('@')[1] ?? '');
  return tenant?.admins?.find((admin) => admin.email === normalized)?.role;
}

/** The account type a test email stands for: `guest.` and `synced.` prefixes change it. */
export function accountTypeOf(email: string): { guest: boolean; synced: boolean } {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  return { guest: local.startsWith('guest.'), synced: local.startsWith('synced.') };
}
