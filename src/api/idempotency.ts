/**
 * A new `Idempotency-Key` for a POST: a random UUID. Callers store it before the first send and
 * reuse it on every retry, so the service runs the request at most once.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
