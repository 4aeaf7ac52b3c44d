/** Input checks shared by the step views: what the person typed, normalized or explained. */

export type EmailCheck = { ok: true; email: string } | { ok: false; error: 'empty' | 'format' | 'too-long' | 'hidden' };

const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]{1,64}$/u;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

/** Invisible format and control characters: bidi overrides, zero-width spaces and joiners, BOM. */
const HIDDEN = /[\p{Cf}\p{Cc}]/u;

/**
 * A work email: trimmed, lower-cased (Entra sign-in names are case-insensitive), one `@`, a domain
 * with a dot; plus-addressing and international domain names are fine; markup is not an email, and
 * neither is one with invisible characters that would make it display as another address.
 */
export function checkEmail(raw: string): EmailCheck {
  const email = raw.trim();
  if (!email) return { ok: false, error: 'empty' };
  if (HIDDEN.test(email)) return { ok: false, error: 'hidden' };
  if (email.length > 254) return { ok: false, error: 'too-long' };
  const parts = email.split('@');
  if (parts.length !== 2) return { ok: false, error: 'format' };
  const [local, domain] = parts as [string, string];
  const labels = domain.split('.');
  if (!LOCAL_PART.test(local) || labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) {
    return { ok: false, error: 'format' };
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return { ok: false, error: 'format' };
  return { ok: true, email: email.toLowerCase() };
}

export type SeatsCheck = { ok: true; quantity: number } | { ok: false; error: 'empty' | 'whole' | 'min' | 'max' };

/**
 * A number of licenses from a text field: digits only (after trimming and dropping spaces and
 * thin spaces used as group separators), an integer within [min, max]. `1e9`, `2.5`, `-1`, `abc`
 * and pasted prose are refused, never coerced.
 */
export function checkSeats(raw: string, min: number, max: number): SeatsCheck {
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!text) return { ok: false, error: 'empty' };
  if (!/^\d+$/.test(text)) return { ok: false, error: 'whole' };
  const quantity = Number(text);
  if (quantity < min) return { ok: false, error: 'min' };
  if (quantity > max) return { ok: false, error: 'max' };
  return { ok: true, quantity };
}
