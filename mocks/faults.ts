/**
 * Fault injection for the mock checkout service, per endpoint: latency, 500, 503, 429 with
 * `Retry-After`, a timeout (no answer), offline (network error), malformed JSON, and a lost answer
 * (the service does the work, then the connection drops). A fault can be limited to the next N
 * requests, so a test can see a retry succeed.
 */
export const ENDPOINTS = [
  'tenant',
  'offer',
  'purchase',
  'status',
  'trial',
  'license-request',
  // Every operation of the purchaser's limited view (`/v1/subscriptions…`).
  'subscriptions',
  // Every operation of the admins' view (`/v1/admin…`).
  'admin',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export type FaultKind = 'latency' | '500' | '503' | '429' | '401' | 'timeout' | 'offline' | 'malformed' | 'lost';
export const FAULT_KINDS: readonly FaultKind[] = [
  'latency',
  '500',
  '503',
  '429',
  '401',
  'timeout',
  'offline',
  'malformed',
  'lost',
];

export interface Fault {
  kind: FaultKind;
  /** Latency in ms (`latency`), or the `Retry-After` seconds (`429`). */
  value?: number;
  /** Apply to the next N requests only; unlimited when absent. */
  times?: number;
}

export class FaultPlan {
  private readonly faults = new Map<Endpoint, Fault>();

  set(endpoint: Endpoint, fault: Fault): void {
    this.faults.set(endpoint, { ...fault });
  }

  clear(endpoint?: Endpoint): void {
    if (endpoint) this.faults.delete(endpoint);
    else this.faults.clear();
  }

  /** The fault for this request, if any, counting it against `times`. */
  take(endpoint: Endpoint): Fault | undefined {
    const fault = this.faults.get(endpoint);
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.delete(endpoint);
    }
    return fault;
  }

  entries(): Array<[Endpoint, Fault]> {
    return [...this.faults.entries()].map(([endpoint, fault]) => [endpoint, { ...fault }]);
  }
}

/**
 * Parses the demo's URL form: `offer:500,tenant:latency=2000,purchase:429=3,status:offline*2`
 * (`=value`, `*times`). Unknown endpoints or kinds are ignored and reported.
 */
export function parseFaults(text: string): { faults: Array<[Endpoint, Fault]>; rejected: string[] } {
  const faults: Array<[Endpoint, Fault]> = [];
  const rejected: string[] = [];
  for (const item of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = item.match(/^([a-z-]+):([a-z0-9]+)(?:=(\d+))?(?:\*(\d+))?$/);
    const endpoint = match?.[1] as Endpoint | undefined;
    const kind = match?.[2] as FaultKind | undefined;
    if (!match || !endpoint || !kind || !ENDPOINTS.includes(endpoint) || !FAULT_KINDS.includes(kind)) {
      rejected.push(item);
      continue;
    }
    faults.push([
      endpoint,
      {
        kind,
        ...(match[3] !== undefined ? { value: Number(match[3]) } : {}),
        ...(match[4] !== undefined ? { times: Number(match[4]) } : {}),
      },
    ]);
  }
  return { faults, rejected };
}
