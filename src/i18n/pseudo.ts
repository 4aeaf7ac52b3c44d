/**
 * The pseudo-locale `en-XA`: every English message with accented letters, 40% longer and in
 * brackets, so clipped, concatenated or hard-coded text stands out in the demo.
 */

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};

export function pseudoize(text: string): string {
  const accented = text.replace(/[a-zA-Z]/g, (letter) => ACCENTS[letter] ?? letter);
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `[${accented}${padding}]`;
}

/** A catalog (or part) in the pseudo-locale; a function message keeps its arity. */
export function pseudoCatalog<T extends object>(catalog: T): T {
  const entries = Object.entries(catalog).map(([key, message]) => [
    key,
    typeof message === 'function'
      ? Object.defineProperty(
          (...args: unknown[]) => pseudoize((message as (...a: unknown[]) => string)(...args)),
          'length',
          { value: (message as (...a: unknown[]) => string).length },
        )
      : pseudoize(message as string),
  ]);
  return Object.fromEntries(entries) as T;
}
