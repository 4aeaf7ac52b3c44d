import { expect } from '@open-wc/testing';
import { LOCALES, loadLocale, loadMessages, type Catalog, type MessageKey } from './i18n.js';

/**
 * docs/glossary.md is the terminology every catalog follows: where a key's English message uses a
 * term, the same key's message in each language uses that language's term from the table.
 */

/** Keys where a language cannot or should not use the term, and why. Each must still be needed. */
const EXCEPTIONS: { term: string; keys: MessageKey[]; languages: string[] | 'all'; why: string }[] = [
  {
    term: 'cancel*',
    keys: ['signInCancel', 'signInStalled', 'errorSignInCancelled', 'cardCancel'],
    languages: 'all',
    why: 'these cancel a sign-in or a form, not a subscription',
  },
  {
    term: 'organization*',
    keys: ['reasonGovernmentTenant', 'reasonEducationTenant'],
    languages: 'all',
    why: 'government and education organizations are kinds of institution, named with the language’s own word (myndigheter, Behörden, 教育機関)',
  },
  {
    term: 'take over',
    keys: ['reasonUnmanagedTenant'],
    languages: ['fi', 'fr', 'es', 'it'],
    why: 'taking over an unmanaged tenant is Microsoft’s “admin takeover” (prendre le contrôle, hacerse cargo), not taking over a subscription',
  },
  {
    term: 'card*',
    keys: ['cardUpdate', 'cardUpdated', 'completeRenews', 'completeAdminHint'],
    languages: ['sv'],
    why: 'Microsoft’s Swedish FAQ says “uppdatera betalningsmetoden” for updating the card',
  },
  {
    term: 'admin',
    keys: ['adminConfigTitle'],
    languages: 'all',
    why: '“admin view” names the view (administration), not a person',
  },
];

/** Every shipped catalog but English and the pseudo-locale. */
const shipped = LOCALES.filter((tag) => tag !== 'en' && tag !== 'en-XA');
const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** Languages written without spaces between words (ja, zh, th) or with attached particles, articles and prepositions (ko, ar, he). */
const UNBOUNDED = new Set(['ja', 'ar', 'he', 'ko', 'th', 'zh-Hans', 'zh-Hant']);

/** Curly apostrophes as straight ones, no-break spaces as spaces, no Arabic vowel marks or tatweel. */
const normalize = (text: string) =>
  text
    .replace(/’/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u064b-\u0652\u0670\u0640]/g, '');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms of a cell (in backticks, ` / ` between them; a parenthesised note is not part of the term). */
const formsOf = (cell: string) =>
  cell
    .replace(/`/g, '')
    .replace(/\s*\([^)]*\)/g, '')
    .split(' / ')
    .map((form) => form.trim())
    .filter(Boolean);

/** One cell as a pattern: `*` is any letters, `…` up to six words in between, whole words unless `loose`. */
function termPattern(cell: string, loose = false): RegExp {
  const alternatives = formsOf(cell).map((form) => {
    const words = normalize(form).split(/\s+/);
    let source = '';
    words.forEach((word, i) => {
      if (word === '…') {
        source += '(?:\\S+\\s+){0,6}?';
        return;
      }
      source += word.split('*').map(escape).join(`${LETTER}*`);
      if (i < words.length - 1) source += '\\s+';
    });
    return loose ? source : `(?<!${LETTER})(?:${source})(?!${LETTER})`;
  });
  return new RegExp(alternatives.join('|'), 'iu');
}

interface Term {
  /** The English term's first form, as the exceptions name it. */
  name: string;
  english: RegExp;
  /** Per language: the cell as written and its pattern. */
  cells: Record<string, { cell: string; pattern: RegExp }>;
}

async function readGlossary(): Promise<{ languages: string[]; terms: Term[] }> {
  const response = await fetch('/docs/glossary.md');
  expect(response.ok, 'docs/glossary.md is served').to.equal(true);
  const rows = (await response.text())
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  const [header, , ...body] = rows;
  const languages = header!.slice(1);
  const terms = body.map(([english, ...cells]) => ({
    name: formsOf(english!)[0]!,
    english: termPattern(english!),
    cells: Object.fromEntries(
      languages.map((language, i) => [
        language,
        { cell: cells[i] ?? '', pattern: termPattern(cells[i] ?? '', UNBOUNDED.has(language)) },
      ]),
    ),
  }));
  return { languages, terms };
}

/** A message as text: functions are called with a count of 1 and of 3, then strings. */
function texts(message: unknown): string[] {
  if (typeof message !== 'function') return [String(message)];
  const fn = message as (...args: unknown[]) => string;
  const rest = ['Visio Plan 1', 'Megan Bowen', '$42.00'].slice(0, Math.max(0, fn.length - 1));
  return [fn(1, ...rest), fn(3, ...rest)];
}

/**
 * The terms an English text uses: every match of every term, except a match lying inside a longer
 * match of another term (`admin` inside `admin center`).
 */
function termsUsed(text: string, terms: Term[]): Term[] {
  const matches = terms.flatMap((term) =>
    [...normalize(text).matchAll(new RegExp(term.english, 'giu'))].map((m) => ({
      term,
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  const kept = matches.filter(
    (a) =>
      !matches.some(
        (b) => b.term !== a.term && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start,
      ),
  );
  return [...new Set(kept.map((match) => match.term))];
}

const has = (pattern: RegExp, text: string) => pattern.test(normalize(text));

describe('the glossary (docs/glossary.md)', () => {
  let glossary: Awaited<ReturnType<typeof readGlossary>>;
  let english: Catalog;
  const catalogs = new Map<string, Catalog>();
  const excepted = new Set<string>();

  before(async () => {
    glossary = await readGlossary();
    for (const tag of ['en', ...shipped]) {
      await Promise.all([loadMessages(tag, 'manage'), loadMessages(tag, 'admin')]);
      const catalog = await loadLocale(tag);
      if (tag === 'en') english = catalog;
      else catalogs.set(tag, catalog);
    }
  });

  it('reads its cells as documented: word endings, word beginnings, words in between, whole words', () => {
    const matches = (cell: string, text: string, loose = false) => has(termPattern(cell, loose), text);
    expect(matches('licens*', 'Licenserna fungerar')).to.equal(true);
    expect(matches('licens*', 'Antal licenser')).to.equal(true);
    expect(matches('licens*', 'Prenumerationen')).to.equal(false);
    expect(matches('*support', 'Standardsupport från Microsoft')).to.equal(true);
    expect(matches('weis* … zu', 'Sie weisen sie danach Kolleginnen und Kollegen zu.')).to.equal(true);
    expect(matches('organisation*', 'klientorganisationen')).to.equal(false);
    expect(matches('conditions d’achat', "selon les conditions d'achat")).to.equal(true);
    expect(matches('ライセンス', '今すぐライセンスを割り当てる', true)).to.equal(true);
    expect(matches('تعيين / معيّن', 'التراخيص المعينة', true)).to.equal(true);
  });

  it('has a column for every shipped catalog, and a term in every cell', () => {
    expect(glossary.languages).to.deep.equal(shipped);
    expect(glossary.terms.length).to.be.within(20, 40);
    for (const term of glossary.terms) {
      for (const language of shipped)
        expect(term.cells[language]!.cell, `${term.name} in ${language}`).to.not.equal('');
    }
  });

  it('has each term in the English catalog (a term English never uses checks nothing)', () => {
    const unused = glossary.terms.filter(
      (term) => !Object.values(english).some((message) => texts(message).some((text) => has(term.english, text))),
    );
    expect(unused.map((term) => term.name)).to.deep.equal([]);
  });

  for (const language of shipped) {
    it(`${language}: where the English message uses a term, the ${language} message uses the glossary’s`, () => {
      const catalog = catalogs.get(language)!;
      const problems: string[] = [];
      for (const [key, message] of Object.entries(english) as [MessageKey, unknown][]) {
        const translated = texts(catalog[key]);
        texts(message).forEach((text, i) => {
          for (const term of termsUsed(text, glossary.terms)) {
            const { cell, pattern } = term.cells[language]!;
            if (has(pattern, translated[i]!)) continue;
            const exception = EXCEPTIONS.find(
              (e) =>
                e.term === term.name &&
                e.keys.includes(key) &&
                (e.languages === 'all' || e.languages.includes(language)),
            );
            if (exception) {
              excepted.add(`${exception.term} ${key} ${language}`);
              continue;
            }
            problems.push(
              `${key} (${language}): English uses “${term.name}”, so expected ${cell}\n    en: ${text}\n    ${language}: ${translated[i]}`,
            );
          }
        });
      }
      expect([...new Set(problems)], `\n${[...new Set(problems)].join('\n')}\n`).to.deep.equal([]);
    });
  }

  it('needs every exception it lists (run with the language tests above)', () => {
    const stale = EXCEPTIONS.flatMap((e) =>
      e.keys.flatMap((key) => {
        const used = (language: string) => excepted.has(`${e.term} ${key} ${language}`);
        if (e.languages === 'all') return shipped.some(used) ? [] : [`${e.term} ${key} (every language)`];
        return e.languages.filter((language) => !used(language)).map((language) => `${e.term} ${key} ${language}`);
      }),
    );
    expect(stale).to.deep.equal([]);
  });
});
