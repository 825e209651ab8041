// The store contract: what every Store (server/store/repositories.ts) answers, run on each store, lowdb and
// PostgreSQL, over the same desk (tests/support/contract-desk.ts): orderings and their tie-breaks, filters, pages and
// counts, reading order in batches and the articles and sources it refers to, version-guarded updates, units of work
// that are atomic and see their own writes, snapshots that see none of what commits after them.
// What only PostgreSQL has to show (concurrent units of work, locks, migrations) is in postgres-store.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_SORTS, type ClaimsQuery } from '../../domain/requests.ts';
import { DEFAULT_SETTINGS, type Claim, type StoreData, type VerdictCounts } from '../../domain/schemas.ts';
import type { Repositories } from '../../server/store/repositories.ts';
import { claimVersionsDigest } from '../../domain/reports/export-id.ts';
import { buildArticle, buildSource } from '../support/builders.ts';
import { contractDesk, day, DEFAULT_VERDICTS_BY_RANK, deskClaim, readingOrder, selectClaims, sortedClaims, summaryOf } from '../support/contract-desk.ts';
import { collectBatches, lowdbStoreFactory, postgresStoreFactory, rolledBack } from '../support/store-factories.ts';

const FACTORIES = [lowdbStoreFactory, postgresStoreFactory];
for (const factory of FACTORIES) if (factory.skip) console.warn(`Store contract on ${factory.name} skipped: ${factory.skip}`);

let data: StoreData;
beforeAll(async () => {
  data = await contractDesk();
});

const article = (id: string) => data.articles.find((a) => a.id === id)!;
const claim = (id: string) => data.claims.find((c) => c.id === id)!;
const source = (id: string) => data.sources.find((s) => s.id === id)!;
const user = (id: string) => data.users.find((u) => u.id === id)!;
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const isoDay = (d: number) => day(d).slice(0, 10);

const FILTERS: ClaimsQuery[] = [
  {},
  { verdict: 'disputed' },
  { sourceId: 'elysee' },
  { articleId: 'a-1' },
  { articleId: 'a-gone' },
  { review: 'returned' },
  { userId: 'u-ana' },
  { from: isoDay(2) },
  { to: isoDay(1) },
  { from: isoDay(1), to: isoDay(2) },
  { verdict: 'corroborated', review: 'approved', userId: 'u-sam' },
  // The queue search: other alef, hamza and tashkeel; no tatweel; ta marbuta; accents and case; a literal `%`.
  { q: 'ارمينيا انها مستعده' },
  { q: 'الجمعة في المدينه' },
  { q: 'ELYSEE' },
  { q: 'مستشفي', verdict: 'disputed' },
  { q: 'CAFÉ' },
  { q: '50%' },
];
const named = <T>(items: T[]) => items.map((item) => [JSON.stringify(item), item] as const);
const distinctSorted = (values: readonly string[]) => [...new Set(values)].sort();
const referencesIn = (claims: readonly Claim[]) => ({
  articleIds: distinctSorted(claims.map((c) => c.articleId)),
  sourceIds: distinctSorted(claims.map((c) => c.sourceId)),
  approvedCount: claims.filter((c) => c.review.state === 'approved' && c.review.decidedAt !== null).length,
});
/** Sorted but not made distinct: a store that names an id twice fails. */
const sortedReferences = (refs: { articleIds: string[]; sourceIds: string[]; approvedCount: number }) => ({
  articleIds: [...refs.articleIds].sort(),
  sourceIds: [...refs.sourceIds].sort(),
  approvedCount: refs.approvedCount,
});


describe.each(FACTORIES)('the store contract on $name', (factory) => {
  if (factory.skip) {
    it.skip(`cannot run: ${factory.skip}`, () => undefined);
    return;
  }

  describe('reads of a seeded desk', () => {
    const desk = factory.use(contractDesk);
    const read = () => desk.store.read;

    it('says which store it is', () => {
      expect(desk.store.kind).toBe(factory.kind);
    });

    it('lists live articles without text, newest first, then by title, then in insertion order, with live claim counts', async () => {
      const order = ['a-4', 'a-3', 'a-5', 'a-2', 'a-1', data.articles[0]!.id];
      const counts = (id: string) =>
        Object.fromEntries(DEFAULT_VERDICTS_BY_RANK.map((v) => [v, data.claims.filter((c) => c.articleId === id && c.deletedAt === null && c.verdict === v).length])) as VerdictCounts;
      const expected = order.map((id) => {
        const { text, deletedAt: _deleted, ...meta } = article(id);
        return { ...meta, length: text.length, claimCounts: counts(id) };
      });
      expect(await read().articles.summaries()).toStrictEqual(expected);
      expect(expected.find((a) => a.id === 'a-3')!.length).toBe([...article('a-3').text].length + 1); // 😀 is two units
    });

    it('finds an article, live or deleted, by id, and several in insertion order', async () => {
      expect(await read().articles.find('a-gone')).toStrictEqual(article('a-gone'));
      expect(await read().articles.find('a-1')).toStrictEqual(article('a-1'));
      expect(await read().articles.find('nothing')).toBeUndefined();
      expect(ids(await read().articles.findMany(['a-3', 'a-gone', 'nothing', 'a-1']))).toEqual(['a-1', 'a-3', 'a-gone']);
      expect(await read().articles.findMany([])).toEqual([]);
    });

    it('finds the live article holding a text, other than the one named', async () => {
      expect((await read().articles.findLiveByText(article('a-1').text))?.id).toBe('a-1');
      expect(await read().articles.findLiveByText(article('a-1').text, 'a-1')).toBeUndefined();
      expect(await read().articles.findLiveByText(article('a-gone').text)).toBeUndefined();
      expect(await read().articles.findLiveByText(`${article('a-1').text} `)).toBeUndefined();
    });

    it('finds a claim, live or deleted, and an article\'s live claims by start, end, then insertion', async () => {
      expect(await read().claims.find('c-7')).toStrictEqual(claim('c-7'));
      expect(await read().claims.find('c-6')).toStrictEqual(claim('c-6'));
      expect(await read().claims.find('nothing')).toBeUndefined();
      const ofA1 = data.claims.filter((c) => c.articleId === 'a-1' && c.deletedAt === null).sort((a, b) => a.start - b.start || a.end - b.end);
      expect(ofA1.length).toBeGreaterThan(3);
      expect(await read().claims.ofArticle('a-1')).toStrictEqual(ofA1);
    });

    it('counts live claims of an article and of a source', async () => {
      const live = (keep: (c: Claim) => boolean) => data.claims.filter((c) => c.deletedAt === null && keep(c)).length;
      for (const id of ['a-1', 'a-gone', 'a-4']) expect(await read().claims.countOfArticle(id)).toBe(live((c) => c.articleId === id));
      for (const id of ['kremlin', 'baku']) expect(await read().claims.countOfSource(id)).toBe(live((c) => c.sourceId === id));
      expect(await read().claims.countOfArticle('a-gone')).toBeGreaterThan(0); // claims of a deleted article still count
    });

    it('has a desk on which every filter selects some claims but not all', () => {
      for (const query of FILTERS.filter((q) => q.articleId !== 'a-gone' && Object.keys(q).length > 0)) {
        expect(selectClaims(data, query).length, JSON.stringify(query)).toBeGreaterThan(0);
        expect(selectClaims(data, query).length, JSON.stringify(query)).toBeLessThan(selectClaims(data, {}).length);
      }
    });

    it.each([
      ['ارمينيا انها مستعده', 1],
      ['الجمعة', 3],
      ['élysée', 2],
      ['back\\slash', 4],
      ['مستشفي', 5],
    ] as const)('finds %s, written another way, in the quote or note of the claims that hold it', async (q, textIndex) => {
      const expected = data.claims.filter((c, i) => i % 6 === textIndex && selectClaims(data, {}).includes(c));
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(await read().claims.list({ q })).sort()).toEqual(ids(expected).sort());
    });

    // Each would match some claim as a LIKE pattern ('café' is 'cafe', 'back\\slash' holds a backslash).
    it.each(['%o', 'c_fe', 'a%e', '\\%', 'k\\_s', 'talks'])('takes %s literally and finds nothing', async (q) => {
      expect(await read().claims.list({ q })).toEqual([]);
    });

    it('takes a blank search as no search', async () => {
      expect(ids(await read().claims.list({ q: ' \u064E ' }))).toEqual(ids(await read().claims.list({})));
    });

    const sorted = FILTERS.flatMap((filter) => [undefined, ...CLAIM_SORTS].map((sort) => ({ ...filter, ...(sort && { sort }) })));
    it.each(named(sorted))('lists the claims %s selects in its order', async (_name, query) => {
      expect(ids(await read().claims.list(query))).toEqual(ids(sortedClaims(data, query)));
    });

    it.each(named(FILTERS.flatMap((filter) => [filter, { ...filter, sort: 'source' as const }])))('pages %s with the total', async (_name, query) => {
      const all = sortedClaims(data, query);
      for (const [offset, limit] of [[0, 100], [3, 7], [all.length - 2, 5], [all.length + 5, 5]] as const) {
        const at = Math.max(offset, 0);
        expect(await read().claims.page(query, at, limit)).toStrictEqual({ claims: all.slice(at, at + limit), total: all.length, offset: at, limit });
      }
    });

    it.each(named(FILTERS))('counts %s by verdict, review and source', async (_name, query) => {
      expect(await read().claims.summary(query)).toStrictEqual(summaryOf(data, query));
    });

    it.each(named([{}, { sourceId: 'kremlin' }, { verdict: 'disputed', sort: '-createdAt' } as ClaimsQuery]))('reads %s in reading order, in batches', async (_name, query) => {
      const batches = await collectBatches(read().claims.inReadingOrder(query));
      expect(batches.every((b) => b.length > 0)).toBe(true);
      expect(ids(batches.flat())).toEqual(ids(readingOrder(data, query)));
    });

    it('reads a part of the reading order', async () => {
      const all = readingOrder(data, {});
      expect(ids((await collectBatches(read().claims.inReadingOrder({}, { offset: 5, limit: 9 }))).flat())).toEqual(ids(all.slice(5, 14)));
      expect((await collectBatches(read().claims.inReadingOrder({}, { offset: all.length, limit: 9 }))).flat()).toEqual([]);
    });

    it.each(named(FILTERS))('names the articles and sources that the claims %s selects refer to', async (_name, query) => {
      expect(sortedReferences(await read().claims.referencesOf(query))).toEqual(referencesIn(readingOrder(data, query)));
    });

    it('names the articles and sources of a part of the reading order only', async () => {
      const all = readingOrder(data, {});
      const kremlin = readingOrder(data, { sourceId: 'kremlin' });
      const parts: Array<[ClaimsQuery, { offset: number; limit: number }, Claim[]]> = [
        [{}, { offset: 0, limit: 5 }, all.slice(0, 5)],
        [{}, { offset: 5, limit: 9 }, all.slice(5, 14)],
        [{}, { offset: all.length - 3, limit: 9 }, all.slice(-3)],
        [{}, { offset: all.length, limit: 9 }, []],
        [{ sourceId: 'kremlin' }, { offset: 1, limit: 2 }, kremlin.slice(1, 3)],
      ];
      // The first claims in reading order are of one article: a part that names every article was not cut first.
      expect(referencesIn(all.slice(0, 5)).articleIds).toHaveLength(1);
      expect(referencesIn(all).approvedCount).toBeGreaterThan(0); // the desk has approved claims to count
      for (const [query, range, claims] of parts) {
        expect(sortedReferences(await read().claims.referencesOf(query, range)), JSON.stringify([query, range])).toEqual(referencesIn(claims));
      }
    });

    it('counts the claims of a scope or part whose id is among those given, and none without', async () => {
      const all = readingOrder(data, {});
      const among = [...ids(all.filter((_, i) => i % 3 === 0)), 'c-none', "it's"];
      const inside = (claims: readonly Claim[]) => claims.filter((c) => among.includes(c.id)).length;
      expect(inside(all)).toBeGreaterThan(1);
      expect((await read().claims.referencesOf({}, undefined, among)).amongCount).toBe(inside(all));
      expect((await read().claims.referencesOf({}, { offset: 5, limit: 9 }, among)).amongCount).toBe(inside(all.slice(5, 14)));
      const disputed = readingOrder(data, { verdict: 'disputed' });
      expect((await read().claims.referencesOf({ verdict: 'disputed' }, undefined, among)).amongCount).toBe(inside(disputed));
      expect((await read().claims.referencesOf({}, undefined, [])).amongCount).toBe(0);
      expect((await read().claims.referencesOf({})).amongCount).toBe(0);
    });

    it('gives a claim\'s audit entries in the order written, and several histories at once', async () => {
      expect(ids(await read().audit.history('c-1'))).toEqual(['e-1', 'e-3', 'e-4']); // e-4 is earliest by `at`
      expect(await read().audit.history('c-1')).toStrictEqual(data.audit.filter((e) => e.claimId === 'c-1'));
      const histories = await read().audit.histories(['c-2', 'c-1', 'c-9']);
      expect([...histories.keys()].sort()).toEqual(['c-1', 'c-2', 'c-9']);
      expect(ids(histories.get('c-1')!)).toEqual(['e-1', 'e-3', 'e-4']);
      expect(ids(histories.get('c-2')!)).toEqual(['e-2', 'e-5']);
      expect(histories.get('c-9')).toEqual([]);
    });

    it('names who checked each claim: the latest verdict\'s user, else the creator\'s, passing over entries with none', async () => {
      const authors = await read().audit.verdictAuthors(['c-1', 'c-2', 'c-3', 'c-9']);
      expect(Object.fromEntries(authors)).toEqual({ 'c-1': 'u-sam', 'c-2': 'u-ana' });
      expect((await read().audit.verdictAuthors([])).size).toBe(0);
    });

    it('digests the ids and versions of the claims a scope or part selects, as the domain does', async () => {
      const all = readingOrder(data, {});
      expect((await read().claims.referencesOf({})).versionsDigest).toBe(claimVersionsDigest(all));
      expect((await read().claims.referencesOf({}, { offset: 5, limit: 9 })).versionsDigest).toBe(claimVersionsDigest(all.slice(5, 14)));
      expect((await read().claims.referencesOf({ articleId: 'a-gone' })).versionsDigest).toBe(claimVersionsDigest([]));
      expect(claimVersionsDigest(all.slice(5, 14))).not.toBe(claimVersionsDigest(all.slice(5, 13)));
    });

    it('lists sources by name as Intl.Collator(\'en\') orders them', async () => {
      const byName = [...data.sources].sort((a, b) => new Intl.Collator('en').compare(a.name, b.name));
      expect(ids(byName)).not.toEqual(ids([...data.sources].sort((a, b) => (a.name < b.name ? -1 : 1)))); // not code-point order
      expect(await read().sources.list()).toStrictEqual(byName);
    });

    it('finds a source by id, and by name as JavaScript lowers case, other than the one named', async () => {
      expect(await read().sources.find('istanbul')).toStrictEqual(source('istanbul'));
      expect(await read().sources.find('nothing')).toBeUndefined();
      expect((await read().sources.findByName('KREMLIN'))?.id).toBe('kremlin');
      expect((await read().sources.findByName('élysée'))?.id).toBe('elysee');
      expect((await read().sources.findByName('İSTANBUL OFFICE'))?.id).toBe('istanbul');
      expect(await read().sources.findByName('istanbul office')).toBeUndefined(); // 'İ'.toLowerCase() is 'i̇'
      expect(await read().sources.findByName('Kremlin', 'kremlin')).toBeUndefined();
      expect(await read().sources.idTaken('kremlin')).toBe(true);
      expect(await read().sources.idTaken('nothing')).toBe(false);
    });

    it('lists accounts by display name, equal names in insertion order, and finds and counts them', async () => {
      expect(ids(await read().users.list())).toEqual(['u-ana', 'u-emile', 'u-sam', 'u-sam2', 'u-zed']);
      expect(await read().users.find('u-zed')).toStrictEqual(user('u-zed'));
      expect(await read().users.find('nothing')).toBeUndefined();
      expect((await read().users.findByUsername('sam.b'))?.id).toBe('u-sam2');
      expect(await read().users.findByUsername('SAM')).toBeUndefined(); // usernames are stored lowercase
      expect(await read().users.count()).toBe(5);
      expect(await read().users.countActiveEditors()).toBe(2); // u-sam and u-emile; u-zed is disabled
    });

    it('finds a session with its account, expired or not', async () => {
      expect(await read().sessions.find('h-sam')).toStrictEqual({ session: data.sessions[0], user: user('u-sam') });
      expect((await read().sessions.find('h-old'))?.session.expiresAt).toBe(day(1));
      expect(await read().sessions.find('nothing')).toBeUndefined();
    });

    it('gives an article\'s rejected suggestion keys, and the settings', async () => {
      expect(await read().suggestions.rejectedKeys('a-1')).toEqual(new Set(['k-1', 'k-2']));
      expect(await read().suggestions.rejectedKeys('a-3')).toEqual(new Set());
      expect(await read().settings.get()).toStrictEqual(data.settings);
    });

    it('refuses to write outside a unit of work, and keeps nothing', async () => {
      const writing = async () => read().sources.insert(buildSource({ id: 'outside', name: 'Outside' }));
      await expect(writing()).rejects.toThrow(/unit of work/);
      expect(await read().sources.idTaken('outside')).toBe(false);
    });

    it('lets a unit of work read its own writes, which nobody else sees before it commits', async () => {
      const before = await read().claims.page({ articleId: 'a-1' }, 0, 100);
      await rolledBack(desk.store, async (tx) => {
        await tx.claims.insert(deskClaim('c-own', { start: 0, end: 1 }));
        expect((await tx.claims.find('c-own'))?.id).toBe('c-own');
        expect(ids(await tx.claims.ofArticle('a-1'))).toContain('c-own');
        expect((await tx.claims.page({ articleId: 'a-1' }, 0, 100)).total).toBe(before.total + 1);
        expect(await read().claims.find('c-own')).toBeUndefined();
      });
      expect(await read().claims.find('c-own')).toBeUndefined();
    });

    it('keeps none of the writes of a unit of work that throws', async () => {
      await rolledBack(desk.store, async (tx) => {
        await tx.sources.insert(buildSource({ id: 'fleeting', name: 'Fleeting' }));
        await tx.claims.insert(deskClaim('c-fleeting', { sourceId: 'fleeting' }));
        await tx.audit.append([{ ...data.audit[0]!, id: 'e-fleeting', claimId: 'c-fleeting' }]);
        await tx.settings.put({ ...DEFAULT_SETTINGS, newsroomName: 'Fleeting' });
        await tx.sessions.open({ ...data.sessions[0]!, tokenHash: 'h-fleeting' }, day(20));
      });
      expect(await read().sources.idTaken('fleeting')).toBe(false);
      expect(await read().claims.find('c-fleeting')).toBeUndefined();
      expect(await read().audit.history('c-fleeting')).toEqual([]);
      expect(await read().settings.get()).toStrictEqual(data.settings);
      expect((await read().sessions.find('h-old'))?.session.tokenHash).toBe('h-old'); // not dropped either
    });

    it('updates a claim only from the version it is at; otherwise writes nothing', async () => {
      const current = claim('c-5'); // version 3
      await rolledBack(desk.store, async (tx) => {
        expect(await tx.claims.update({ ...current, note: 'stale', version: 3 }, 2)).toBe(false);
        expect(await tx.claims.find('c-5')).toStrictEqual(current);
        expect(await tx.claims.update({ ...current, note: 'fresh', version: 4 }, 3)).toBe(true);
        expect(await tx.claims.find('c-5')).toStrictEqual({ ...current, note: 'fresh', version: 4 });
        expect(await tx.claims.update({ ...current, note: 'stale again', version: 4 }, 3)).toBe(false);
      });
      expect(await read().claims.find('c-5')).toStrictEqual(current);
    });
  });

  describe('committed writes', () => {
    const scratch = factory.use(contractDesk);
    const read = () => scratch.store.read;
    const write = <T>(work: (tx: Repositories) => Promise<T>) => scratch.store.transaction(work);

    it('keeps an inserted and an updated article', async () => {
      const fresh = buildArticle({ id: 'a-new', title: 'New', text: 'A new article.', createdAt: day(9) });
      await write((tx) => tx.articles.insert(fresh));
      await write(async (tx) => tx.articles.update({ ...(await tx.articles.find('a-new'))!, title: 'Renamed', updatedAt: day(10) }));
      expect(await read().articles.find('a-new')).toStrictEqual({ ...fresh, title: 'Renamed', updatedAt: day(10) });
      expect((await read().articles.summaries())[0]).toMatchObject({ id: 'a-new', title: 'Renamed', length: fresh.text.length });
    });

    it('keeps a claim, its version-guarded update and its audit entry', async () => {
      await write((tx) => tx.claims.insert(deskClaim('c-new')));
      const changed = { ...deskClaim('c-new'), verdict: 'disputed' as const, version: 2, updatedAt: day(9) };
      expect(await write((tx) => tx.claims.update(changed, 1))).toBe(true);
      expect(await write((tx) => tx.claims.update({ ...changed, note: 'late', version: 2 }, 1))).toBe(false);
      await write((tx) => tx.audit.append([{ ...data.audit[0]!, id: 'e-new', claimId: 'c-new', articleId: 'a-1' }]));
      expect(await read().claims.find('c-new')).toStrictEqual(changed);
      expect(ids(await read().audit.history('c-new'))).toEqual(['e-new']);
      expect(ids((await read().claims.page({}, 0, 1)).claims)).toEqual(['c-new']); // the newest change
    });

    it('hides a removed source and frees its name; PostgreSQL keeps its id taken', async () => {
      await write((tx) => tx.sources.insert(buildSource({ id: 'nea', name: 'Néa', names: {}, aliases: [] })));
      await write(async (tx) => tx.sources.update({ ...(await tx.sources.find('nea'))!, name: 'Néa Press', updatedAt: day(9) }));
      expect((await read().sources.findByName('NÉA PRESS'))?.updatedAt).toBe(day(9));
      await write((tx) => tx.sources.remove('nea'));
      expect(await read().sources.find('nea')).toBeUndefined();
      expect(await read().sources.findByName('Néa Press')).toBeUndefined();
      expect(ids(await read().sources.list())).not.toContain('nea');
      // PostgreSQL keeps the removed row, so its id is never given again; lowdb forgets a source no claim names.
      expect(await read().sources.idTaken('nea')).toBe(factory.kind === 'postgres');
      await write((tx) => tx.sources.insert(buildSource({ id: 'nea-2', name: 'Néa Press', names: {}, aliases: [] })));
      expect((await read().sources.findByName('néa press'))?.id).toBe('nea-2');
    });

    it('keeps a source\'s directory and its history, and lists the claims of a source, deleted ones too', async () => {
      const person = { id: 'p-1', names: { en: 'Nikol Pashinyan', ar: 'نيكول باشينيان' }, aliases: ['Pashinyan'], roles: { en: 'Prime Minister of Armenia' }, from: '2018-05-08', to: null };
      const directory = buildSource({ id: 'dir', name: 'Directory', kind: 'government', country: 'AM', sameAs: 'https://example.org/am', people: [person], institutions: [{ id: 'i-1', names: { en: 'Armenian foreign ministry' }, aliases: [] }] });
      await write((tx) => tx.sources.insert(directory));
      expect(await read().sources.find('dir')).toStrictEqual(directory);
      const entry = { id: 'se-1', at: day(9), userId: null, sourceId: 'dir', action: 'create' as const, before: null, after: { name: 'Directory' } };
      await write((tx) => tx.sources.appendAudit([entry, { ...entry, id: 'se-2', action: 'delete', before: { name: 'Directory' }, after: null }]));
      await write((tx) => tx.sources.remove('dir'));
      expect((await read().sources.history('dir')).map((e) => [e.id, e.action])).toEqual([['se-1', 'create'], ['se-2', 'delete']]);
      expect(await read().sources.history('nothing')).toEqual([]);
      const ofKremlin = data.claims.filter((c) => c.sourceId === 'kremlin').map((c) => c.id);
      expect(ofKremlin.length).toBeGreaterThan(0);
      // In insertion order: the desk's claims of the Kremlin (deleted ones too), then the one an earlier test added.
      const listed = await read().claims.ofSource('kremlin');
      expect(ids(listed).slice(0, ofKremlin.length)).toEqual(ofKremlin);
      expect(listed.every((c) => c.sourceId === 'kremlin')).toBe(true);
      expect(listed.some((c) => c.deletedAt !== null)).toBe(data.claims.some((c) => c.sourceId === 'kremlin' && c.deletedAt !== null));
    });

    it('keeps a new and a changed account, and counts them', async () => {
      await write((tx) => tx.users.insert({ ...user('u-sam'), id: 'u-new', username: 'new', displayName: 'Aaron' }));
      expect(ids(await read().users.list())[0]).toBe('u-new');
      expect(await read().users.countActiveEditors()).toBe(3);
      await write(async (tx) => tx.users.update({ ...(await tx.users.find('u-new'))!, disabled: true }));
      expect(await read().users.countActiveEditors()).toBe(2);
      expect(await read().users.count()).toBe(6);
    });

    it('drops sessions expired by the time a new one opens, and removes them one or all of an account', async () => {
      const session = (tokenHash: string, expiresAt: string) => ({ ...data.sessions[0]!, tokenHash, expiresAt });
      await write((tx) => tx.sessions.open(session('h-edge', day(5)), day(0)));
      await write((tx) => tx.sessions.open(session('h-new', day(20)), day(5)));
      expect(await read().sessions.find('h-old')).toBeUndefined(); // expired on day 1
      expect(await read().sessions.find('h-edge')).toBeUndefined(); // expires the very moment: expired
      for (const kept of ['h-new', 'h-sam', 'h-ana']) expect(await read().sessions.find(kept)).toBeDefined();
      await write((tx) => tx.sessions.remove('h-ana'));
      expect(await read().sessions.find('h-ana')).toBeUndefined();
      await write((tx) => tx.sessions.removeForUser('u-sam'));
      expect(await read().sessions.find('h-new')).toBeUndefined();
      expect(await read().sessions.find('h-sam')).toBeUndefined();
    });

    it('reads one moment in a snapshot: what commits meanwhile is not seen, and nobody waits for it', async () => {
      // a-3 has no claim of baku's: the late claim adds it to the article's references.
      const late = deskClaim('c-late', { articleId: 'a-3', sourceId: 'baku', updatedAt: day(0) });
      const seen = await scratch.store.snapshot(async (view) => {
        // PostgreSQL takes a REPEATABLE READ snapshot at the first statement: read before anything commits.
        const before = await view.claims.page({}, 0, 0);
        const a3 = (await view.articles.find('a-3'))!;
        const baku = (await view.sources.find('baku'))!;
        // A unit of work that changes what the snapshot read commits at once: the snapshot holds no lock on them.
        await write(async (tx) => {
          await tx.claims.insert(late);
          await tx.articles.update({ ...a3, title: 'Émile, renamed', updatedAt: day(9) });
          await tx.sources.update({ ...baku, name: 'Baku officials, renamed', updatedAt: day(9) });
        });
        expect(await read().claims.find('c-late')).toStrictEqual(late);
        const writing = async () => view.sources.insert(buildSource({ id: 'in-snapshot', name: 'In snapshot' }));
        await expect(writing()).rejects.toThrow(/unit of work/);
        return {
          total: (await view.claims.page({}, 0, 0)).total - before.total,
          late: await view.claims.find('c-late'),
          read: ids((await collectBatches(view.claims.inReadingOrder({}))).flat()).includes('c-late'),
          title: (await view.articles.find('a-3'))!.title,
          source: (await view.sources.find('baku'))!.name,
          references: (await view.claims.referencesOf({ articleId: 'a-3' })).sourceIds.includes('baku'),
        };
      });
      expect(seen).toStrictEqual({ total: 0, late: undefined, read: false, title: 'Émile', source: 'baku officials', references: false });
      expect((await read().claims.referencesOf({ articleId: 'a-3' })).sourceIds).toContain('baku');
      expect(await read().sources.idTaken('in-snapshot')).toBe(false);
    });

    it('keeps rejected suggestions and the settings', async () => {
      await write((tx) => tx.suggestions.reject([{ articleId: 'a-3', key: 'k-9', userId: null, at: day(9) }]));
      expect(await read().suggestions.rejectedKeys('a-3')).toEqual(new Set(['k-9']));
      const renamed = {
        ...DEFAULT_SETTINGS,
        newsroomName: 'Renamed desk',
        newsroomNames: { ar: 'مكتب التحقق', fr: 'Bureau de vérification' },
        publicBaseUrl: 'https://factcheck.example.org',
        logoUrl: 'https://factcheck.example.org/logo.png',
        defaultReportLanguage: 'ar' as const,
      };
      await write((tx) => tx.settings.put(renamed));
      expect(await read().settings.get()).toStrictEqual(renamed);
    });
  });
});

