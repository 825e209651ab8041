// The interface's message catalogues in English, French and Arabic agree key for key (plural forms per language), and
// the comparison itself catches what it must.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../domain/locales.ts';
import { compareCatalogues, flatten, type Catalogues } from './catalogue-check.ts';

const LOCALES = join(import.meta.dirname, '../../client/src/i18n/locales');

function readCatalogues(): Catalogues {
  return Object.fromEntries(
    UI_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(
        readdirSync(join(LOCALES, language))
          .filter((f) => f.endsWith('.json'))
          .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(LOCALES, language, f), 'utf8'))]),
      ),
    ]),
  );
}

describe('the interface catalogues', () => {
  const catalogues = readCatalogues();

  it('hold the same namespaces and keys in English, French and Arabic, with each language’s plural forms', () => {
    expect(compareCatalogues(catalogues, 'en')).toEqual([]);
  });

  it('are not empty: every namespace of the bundle has messages', () => {
    for (const language of UI_LANGUAGES) {
      for (const [ns, catalogue] of Object.entries(catalogues[language]!)) {
        expect(flatten(catalogue).length, `${language}/${ns}`).toBeGreaterThan(0);
      }
    }
  });

  it('translate every message: one the same as its English holds only names, formats, cognates and symbols', () => {
    // What may read the same in French or Arabic as in English: the product, languages named in themselves, file
    // formats, key names (Arabic keyboards label them in Latin letters), and French words spelt as in English.
    const same = new Set(['Claimdesk', '{{page}} — Claimdesk', 'English', 'Français', 'العربية', 'PDF', 'CSV', 'JSON', 'Markdown',
      'ClaimReview', 'Web Annotation', 'https://…', 'Enter', 'Shift', 'Shift+S', 'Delete', 'Esc', 'Ctrl / ⌘',
      'Articles', 'Article', 'Verdict', 'verdict', 'Source', 'Sources', 'source', 'Note', 'note', 'Actions', 'Format', 'format',
      'URL', 'version', 'suggestions', 'article', 'Suggestions ({{total, number}})', '{{source}}: {{counts}}',
      '{{disputed}}, {{corroborated}}, {{unreviewed}}', '<bdi>{{fileName}}</bdi>: {{received}}',
      'Institutions', 'institutions', 'Institution {{n}}', 'Organisation']);
    const untranslated: string[] = [];
    for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
      for (const [ns, catalogue] of Object.entries(catalogues.en!)) {
        const theirs = new Map(flatten(catalogues[language]![ns]!));
        for (const [key, english] of flatten(catalogue)) {
          if (theirs.get(key) === english && /\p{L}/u.test(english) && !same.has(english)) untranslated.push(`${language}/${ns}: ${key} = "${english}"`);
        }
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('give Arabic counts all six forms and French its three', () => {
    expect(Object.keys(catalogues.ar!.common!).filter((k) => k.startsWith('claimCount_')).sort()).toEqual(
      ['claimCount_few', 'claimCount_many', 'claimCount_one', 'claimCount_other', 'claimCount_two', 'claimCount_zero'],
    );
    expect(Object.keys(catalogues.fr!.common!).filter((k) => k.startsWith('claimCount_')).sort()).toEqual(
      ['claimCount_many', 'claimCount_one', 'claimCount_other'],
    );
  });
});

describe('compareCatalogues', () => {
  const agreeing: Catalogues = {
    en: { ns: { a: 'A {{name}}', n_one: 'one', n_other: '{{count}} n' } },
    fr: { ns: { a: 'A {{name}}', n_one: 'un', n_many: '{{count}} n', n_other: '{{count}} n' } },
  };

  it('finds nothing when catalogues agree', () => {
    expect(compareCatalogues(agreeing, 'en')).toEqual([]);
  });

  it('names a key one catalogue lacks', () => {
    const catalogues = { ...agreeing, fr: { ns: { ...agreeing.fr!.ns!, b: 'B' } } };
    expect(compareCatalogues(catalogues, 'en')).toEqual(['en/ns: lacks "b" (fr has it)']);
  });

  it('names nested keys and missing namespaces', () => {
    const catalogues: Catalogues = { en: { ns: { group: { x: 'X' } }, other: { y: 'Y' } }, fr: { ns: { group: {} } } };
    expect(compareCatalogues(catalogues, 'en')).toEqual(['fr/ns: lacks "group.x" (en has it)', 'other: missing in fr', 'fr/other: lacks "y" (en has it)']);
  });

  it('names a plural form the language needs and one it does not use', () => {
    const catalogues = {
      en: agreeing.en!,
      ar: { ns: { a: 'أ {{name}}', n_one: 'واحد', n_two: 'اثنان', n_other: '{{count}}', n_many: '{{count}}' } },
    };
    expect(compareCatalogues(catalogues, 'en')).toEqual(['ar/ns: "n" lacks the plural forms few, zero']);
    const french = { en: agreeing.en!, fr: { ns: { a: 'A {{name}}', n_one: 'un', n_two: 'deux', n_many: 'n', n_other: 'n' } } };
    expect(compareCatalogues(french, 'en')).toEqual(['fr/ns: "n" has forms fr does not use: two']);
  });

  it('names a message that drops or renames an interpolated value or a tag', () => {
    const catalogues = { en: { ns: { a: 'Hello <strong>{{name}}</strong>' } }, fr: { ns: { a: 'Bonjour {{nom}}' } } };
    expect(compareCatalogues(catalogues, 'en')).toEqual(['fr/ns: "a" names {{nom}} where en names <strong> {{name}}']);
  });

  it('names an empty message', () => {
    const catalogues = { en: { ns: { a: 'A' } }, fr: { ns: { a: ' ' } } };
    expect(compareCatalogues(catalogues, 'en')).toEqual(['fr/ns: "a" is empty']);
  });
});
