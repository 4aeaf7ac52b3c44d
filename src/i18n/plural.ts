/**
 * Plural forms by the Unicode CLDR rules of a language, through `Intl.PluralRules`: Polish, Czech,
 * Russian or Arabic have three to six forms, not English's two. Catalogs (the shipped ones and those
 * a host registers with `registerLocale`) write a message that counts as
 * `(count) => plural('pl', count, { one: '…', few: '…', many: '…', other: '…' })`.
 */

/** The message for each CLDR plural category a language uses; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// Built on first use (the first `Intl` object a page builds costs tens of milliseconds).
const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `count` takes in `lang` (`other` when the language's category has none). */
export function plural(lang: string, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return forms[rule.select(count)] ?? forms.other;
}
