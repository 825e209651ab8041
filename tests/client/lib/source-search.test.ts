// Finding a source by any of its names in Arabic, English or French, folding hamza forms, harakat, accents and case.
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../domain/schemas.ts';
import { namesExactly, newSourceBody, searchSources } from '../../../client/src/lib/source-search.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const source = (id: string, name: string, names: Record<string, string> = {}, aliases: string[] = []): Source => ({
  id,
  name,
  names,
  aliases,
  people: [],
  institutions: [],
  createdAt: T0,
  updatedAt: T0,
});
const KREMLIN = source('kremlin', 'Kremlin', { ar: 'الكرملين', fr: 'Kremlin' }, ['Moscow']);
const ELYSEE = source('elysee', 'Élysée', { ar: 'الإليزيه' }, ['French presidency']);
const ARMENIA = source('armenia', 'Armenian ministry', { ar: 'وزارة الخارجية الأرمينية' });
const ALL = [KREMLIN, ELYSEE, ARMENIA];
const ids = (sources: Source[]) => sources.map((s) => s.id);

describe('searchSources', () => {
  it('lists every source by name in the interface language when the query is blank', () => {
    expect(ids(searchSources(ALL, '  ', 'en'))).toEqual(['armenia', 'elysee', 'kremlin']);
    expect(ids(searchSources(ALL, '', 'ar'))).toEqual(['elysee', 'kremlin', 'armenia']);
  });

  it('finds a name without its accents or hamza, and by an alias', () => {
    expect(ids(searchSources(ALL, 'elysee', 'en'))).toEqual(['elysee']);
    expect(ids(searchSources(ALL, 'الاليزيه', 'ar'))).toEqual(['elysee']);
    expect(ids(searchSources(ALL, 'الارمينية', 'ar'))).toEqual(['armenia']);
    expect(ids(searchSources(ALL, 'moscow', 'en'))).toEqual(['kremlin']);
  });

  it("finds a source by one of its people's names or role phrases, or an institution", () => {
    const kremlin: Source = { ...KREMLIN, people: [{ id: 'p', names: { en: 'Dmitry Peskov', ar: 'ديمتري بيسكوف' }, aliases: [], roles: { fr: 'porte-parole du Kremlin' }, from: null, to: null }] };
    const armenia: Source = { ...ARMENIA, institutions: [{ id: 'i', names: { en: 'Armenian defence ministry' }, aliases: [] }] };
    expect(ids(searchSources([kremlin, ELYSEE, armenia], 'peskov', 'en'))).toEqual(['kremlin']);
    expect(ids(searchSources([kremlin, ELYSEE, armenia], 'بيسكوف', 'ar'))).toEqual(['kremlin']);
    expect(ids(searchSources([kremlin, ELYSEE, armenia], 'porte-parole', 'fr'))).toEqual(['kremlin']);
    expect(ids(searchSources([kremlin, ELYSEE, armenia], 'defence', 'en'))).toEqual(['armenia']);
    expect(namesExactly(kremlin, 'dmitry peskov')).toBe(true);
  });

  it('needs every word, and puts names that start with the query first', () => {
    expect(ids(searchSources(ALL, 'french pres', 'en'))).toEqual(['elysee']);
    expect(ids(searchSources(ALL, 'french kremlin', 'en'))).toEqual([]);
    const many = [source('b', 'The ministry'), source('a', 'Ministry of defence')];
    expect(ids(searchSources([...many, ARMENIA], 'ministry', 'en'))).toEqual(['armenia', 'a', 'b']);
  });
});

describe('namesExactly and newSourceBody', () => {
  it('recognises a name typed exactly, hamza and case aside', () => {
    expect(namesExactly(ARMENIA, ' وزارة الخارجية الارمينية ')).toBe(true);
    expect(namesExactly(KREMLIN, 'kremlin')).toBe(true);
    expect(namesExactly(KREMLIN, 'Kreml')).toBe(false);
  });

  it('files a new source under Arabic when its name is in Arabic script', () => {
    expect(newSourceBody(' وزارة الدفاع ')).toEqual({ name: 'وزارة الدفاع', names: { ar: 'وزارة الدفاع' }, aliases: ['وزارة الدفاع'] });
    expect(newSourceBody('Ministry ')).toEqual({ name: 'Ministry', aliases: ['Ministry'] });
  });
});
