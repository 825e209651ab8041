import { describe, expect, it } from 'vitest';
import { dateSpan, directoryNames, holdsRoleOn, toSourceKind } from '../../domain/source-directory.ts';
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

describe('role dates (issue 17, item 2)', () => {
  // An invented country and people: a chancellor from 2015 to 2021, then another from 2021 on.
  const valdoria: SourceLike = {
    id: 'valdorian-government',
    name: 'Valdorian government',
    aliases: ['Valdorian government'],
    people: [
      { names: { en: 'Ottilie Brandmark' }, aliases: ['Brandmark'], roles: { en: 'Valdorian chancellor', fr: 'chancelière valdorienne', ar: 'المستشارة الفالدورية' }, from: '2015-03-01', to: '2021-06-30' },
      { names: { en: 'Lukas Ferrand' }, aliases: ['Ferrand'], roles: { en: 'Valdorian finance minister' }, from: '2021-07-01', to: null },
    ],
  };
  const speaker = (text: string, language: string, date?: string | null) => suggestStatements(text, language, [valdoria], { date }).map((s) => s.sourceId);

  it('reads a day, a month or a year as the days it stands for', () => {
    expect(dateSpan('2021-06-30')).toEqual({ first: '2021-06-30', last: '2021-06-30' });
    expect(dateSpan('2021-06')).toEqual({ first: '2021-06-01', last: '2021-06-31' });
    expect(dateSpan('2021')).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(dateSpan('last week')).toBeNull();
  });

  it('holds a role from its first to its last day, open where a date is missing', () => {
    const role = { from: '2015-03-01', to: '2021-06-30' };
    expect(['2015-02-28', '2015-03-01', '2021-06-30', '2021-07-01'].map((d) => holdsRoleOn(role, d))).toEqual([false, true, true, false]);
    expect([holdsRoleOn(role, '2021'), holdsRoleOn(role, '2014'), holdsRoleOn(role, null), holdsRoleOn({ from: null, to: null }, '1990-01-01')]).toEqual([true, false, true, true]);
  });

  it.each([
    ['en', 'The Valdorian chancellor said the budget would be balanced next year.'],
    ['fr', 'La chancelière valdorienne a affirmé que le budget serait équilibré l’an prochain.'],
    ['ar', 'وقالت المستشارة الفالدورية إن الميزانية ستكون متوازنة العام المقبل.'],
    ['en', 'Brandmark said the budget would be balanced next year.'],
  ])('names the source by a role phrase or a name while the person holds the role (%s)', (language, text) => {
    expect(speaker(text, language, '2019-11-04')).toEqual(['valdorian-government']);
    expect(speaker(text, language, '2021-06')).toEqual(['valdorian-government']);
    expect(speaker(text, language)).toEqual(['valdorian-government']);
  });

  it.each([
    ['en', 'The Valdorian chancellor said the budget would be balanced next year.'],
    ['ar', 'وقالت المستشارة الفالدورية إن الميزانية ستكون متوازنة العام المقبل.'],
    ['en', 'Brandmark said the budget would be balanced next year.'],
  ])('names no source by the role phrase or name of a person out of the role on the article date (%s)', (language, text) => {
    expect(speaker(text, language, '2023-02-14')).toEqual([null]);
    expect(speaker(text, language, '2012')).toEqual([null]);
  });

  it('names the source by the person who holds the role then, and still by its own names', () => {
    expect(speaker('Ferrand said the budget would be balanced next year.', 'en', '2020-01-01')).toEqual([null]);
    expect(speaker('Ferrand said the budget would be balanced next year.', 'en', '2022-01-01')).toEqual(['valdorian-government']);
    expect(speaker('The Valdorian government said the budget would be balanced next year.', 'en', '2030-01-01')).toEqual(['valdorian-government']);
  });
});
