// Counted phrases by the plural rules of a language (Intl.PluralRules): English and French need one and other (French
// also many, for a million), Arabic zero, one, two, few, many and other.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (shown: string) => string>> & { other: (shown: string) => string };

/** A phrase for `count`, in the form its plural category takes; `shown` is the count as the locale writes it. */
export function plural(language: string, forms: PluralForms): (count: number, shown: string) => string {
  const rules = new Intl.PluralRules(language);
  return (count, shown) => (forms[rules.select(count)] ?? forms.other)(shown);
}
