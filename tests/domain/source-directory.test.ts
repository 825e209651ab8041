import { describe, expect, it } from 'vitest';
import { directoryNames, toSourceKind } from '../../domain/source-directory.ts';
import { SourceSchema } from '../../domain/schemas.ts';
import { preselectSource } from '../../domain/source-match.ts';
import { suggestStatements, type SourceLike } from '../../domain/suggest-statements.ts';
import { seedSources } from '../fixtures/gold/gold-files.ts';

// Issue 17, items 1 and 2: the newsroom's directory (people, role phrases, institutions, a government's country) is
// what speaker resolution reads; nothing about a source's people is known to the suggester from anywhere else.

const georgia: SourceLike = {
  id: 'georgian-government',
  name: 'Georgian government',
  kind: 'government',
  country: 'GE',
  aliases: [],
  people: [{ names: { en: 'Irakli Garibashvili' }, aliases: ['Garibashvili'], roles: { en: 'Georgian prime minister', fr: 'Premier ministre géorgien', ar: 'رئيس الوزراء الجورجي' } }],
  institutions: [{ names: { en: 'Georgian foreign ministry', ar: 'وزارة الخارجية الجورجية' }, aliases: [] }],
};

function speakerOf(text: string, language: string, sources: readonly SourceLike[]): Array<string | null> {
  return suggestStatements(text, language, sources).map((s) => s.sourceId);
}

describe('the source directory', () => {
  it('lists every name, alias and role phrase of the people and institutions, once', () => {
    expect(directoryNames(georgia)).toEqual([
      'Irakli Garibashvili', 'Garibashvili', 'Georgian prime minister', 'Premier ministre géorgien', 'رئيس الوزراء الجورجي',
      'Georgian foreign ministry', 'وزارة الخارجية الجورجية',
    ]);
  });

  it('reads a kind written before the vocabulary without refusing the store', () => {
    expect([toSourceKind('Government'), toSourceKind('armed forces'), toSourceKind('authority'), toSourceKind(undefined)]).toEqual(['government', 'armed-forces', 'organisation', undefined]);
    const old = SourceSchema.parse({ id: 'x', name: 'X', kind: 'authority', names: {}, aliases: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(old).toMatchObject({ kind: 'organisation', people: [], institutions: [] });
  });
});

describe('speaker resolution from the directory', () => {
  it.each([
    ['en', 'The Georgian prime minister said the border crossings would reopen on Monday.'],
    ['fr', 'Le Premier ministre géorgien a déclaré que les postes-frontières rouvriraient lundi.'],
    ['ar', 'وقال رئيس الوزراء الجورجي إن المعابر الحدودية ستفتح يوم الاثنين.'],
    ['en', 'Garibashvili said the border crossings would reopen on Monday.'],
    ['en', 'The Georgian foreign ministry said the border crossings would reopen on Monday.'],
  ])('gives a role phrase, a name or an institution of the directory its source (%s: %s)', (language, text) => {
    expect(speakerOf(text, language, [...seedSources(), georgia])).toEqual(['georgian-government']);
  });

  it('knows nobody the directory does not hold: without the person, the role phrase names no source', () => {
    const bare = { ...georgia, people: [], institutions: [] };
    expect(speakerOf('The Georgian prime minister said the border crossings would reopen on Monday.', 'en', [...seedSources(), bare])).not.toContain('georgian-government');
  });

  it('takes the seeded people from the seed data: Peskov speaks for the Kremlin only while he is in its directory', () => {
    const text = 'Peskov said the talks in Moscow would go on.';
    expect(speakerOf(text, 'en', seedSources())).toEqual(['kremlin']);
    const withoutPeople = seedSources().map((s) => ({ ...s, people: [] }));
    expect(speakerOf(text, 'en', withoutPeople)).not.toContain('kremlin');
  });

  it('lets a government speak by its country and capital as the subject of a speech verb, never as a place alone', () => {
    const sources = seedSources();
    expect(speakerOf('Yerevan said the shelling had stopped overnight.', 'en', sources)).toEqual(['armenian-government']);
    expect(speakerOf('Armenia said the shelling had stopped overnight.', 'en', sources)).toEqual(['armenian-government']);
    expect(speakerOf('Residents of Yerevan said the shelling had stopped overnight.', 'en', sources)).not.toContain('armenian-government');
  });

  it('preselects the source of a claim made by hand from a person named in its sentence', () => {
    expect(preselectSource([georgia], 'the crossings would reopen', 'Garibashvili said the crossings would reopen.')).toBe('georgian-government');
  });
});
