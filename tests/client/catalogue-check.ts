// Compares message catalogues key for key. Plural keys (`claimCount_one`, `claimCount_few` …) are compared by their
// base key, and each language must hold exactly the plural forms its rules use (Intl.PluralRules): English one/other,
// French one/many/other, Arabic zero/one/two/few/many/other. A message must also name the same {{values}} and the same
// <tags> in every language, and none may be empty.

export type Catalogue = { [key: string]: string | Catalogue };
/** Language → namespace → catalogue. */
export type Catalogues = Record<string, Record<string, Catalogue>>;

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join('|')})$`);

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`. */
export function flatten(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

interface Entry {
  /** Plural form → message, or `null` → message for a key without plural forms. */
  forms: Map<string | null, string>;
}

function entries(catalogue: Catalogue): Map<string, Entry> {
  const result = new Map<string, Entry>();
  for (const [key, message] of flatten(catalogue)) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const entry = result.get(base) ?? { forms: new Map() };
    entry.forms.set(match ? match[1]! : null, message);
    result.set(base, entry);
  }
  return result;
}

/** The names a message interpolates ({{count, number}} → count) and the tags it holds (<strong>, <1>). */
function placeholders(message: string): string[] {
  const values = [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const tags = [...message.matchAll(/<\/?([\w-]+)\s*\/?>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...values, ...tags])].sort();
}

/** Every difference between the catalogues, as sentences; none when they agree. `reference` is the language others match. */
export function compareCatalogues(catalogues: Catalogues, reference: string): string[] {
  const problems: string[] = [];
  const languages = Object.keys(catalogues);
  const namespaces = new Set(languages.flatMap((l) => Object.keys(catalogues[l]!)));
  for (const ns of namespaces) {
    const byLanguage = new Map(languages.map((l) => [l, entries(catalogues[l]![ns] ?? {})]));
    if (languages.some((l) => !catalogues[l]![ns])) {
      problems.push(`${ns}: missing in ${languages.filter((l) => !catalogues[l]![ns]).join(', ')}`);
    }
    const keys = new Set([...byLanguage.values()].flatMap((e) => [...e.keys()]));
    for (const key of keys) {
      const referencePlaceholders = (() => {
        const entry = byLanguage.get(reference)?.get(key);
        const message = entry?.forms.get('other') ?? entry?.forms.get(null);
        return message === undefined ? undefined : placeholders(message).filter((p) => p !== '{{count}}');
      })();
      for (const language of languages) {
        const entry = byLanguage.get(language)!.get(key);
        const others = languages.filter((l) => l !== language && byLanguage.get(l)!.has(key));
        if (!entry) {
          problems.push(`${language}/${ns}: lacks "${key}" (${others.join(', ')} ${others.length === 1 ? 'has' : 'have'} it)`);
          continue;
        }
        const plural = languages.some((l) => [...(byLanguage.get(l)!.get(key)?.forms.keys() ?? [])].some((f) => f !== null));
        const forms = [...entry.forms.keys()];
        if (plural) {
          const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
          const missing = needed.filter((f) => !entry.forms.has(f));
          const extra = forms.filter((f) => f === null || !needed.includes(f as Intl.LDMLPluralRule));
          if (missing.length > 0) problems.push(`${language}/${ns}: "${key}" lacks the plural forms ${missing.join(', ')}`);
          if (extra.length > 0) problems.push(`${language}/${ns}: "${key}" has forms ${language} does not use: ${extra.map((f) => f ?? '(no suffix)').join(', ')}`);
        }
        for (const [form, message] of entry.forms) {
          const where = `${language}/${ns}: "${key}${form ? `_${form}` : ''}"`;
          if (message.trim() === '') problems.push(`${where} is empty`);
          const names = placeholders(message).filter((p) => p !== '{{count}}');
          if (referencePlaceholders && names.join() !== referencePlaceholders.join()) {
            problems.push(`${where} names ${names.join(' ') || 'nothing'} where ${reference} names ${referencePlaceholders.join(' ') || 'nothing'}`);
          }
        }
      }
    }
  }
  return problems;
}
