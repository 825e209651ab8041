// A small desk for the PostgreSQL query tests, with what each sort and filter can trip on, and how to put a StoreData
// into a migrated database.
import type { Kysely } from 'kysely';
import { PENDING_REVIEW, type Claim, type StoreData, type UserRecord } from '../../domain/schemas.ts';
import type { Database } from '../../server/store/postgres/database.ts';
import { articleToRow, claimToRow, sourceToRow } from '../../server/store/postgres/rows.ts';
import { T0, buildArticle, buildSource, buildStoreData } from './builders.ts';

export const at = (day: number, second = 0) => new Date(Date.parse(T0) + day * 86_400_000 + second * 1000).toISOString();
const VERDICT_CYCLE = ['disputed', 'corroborated', 'unreviewed', 'disputed'] as const;
const REVIEW_CYCLE = ['pending', 'approved', 'returned'] as const;

/** A desk with what each sort and filter can trip on: ties, case and accents in names, deleted claims and articles. */
export function deskData(): StoreData {
  const users: UserRecord[] = ['u-1', 'u-2'].map((id) => ({ id, username: id, displayName: id, role: 'editor', disabled: false, locale: null, passwordHash: 'x', createdAt: T0, updatedAt: T0 }));
  const sources = [buildSource(), buildSource({ id: 'elysee', name: 'élysée' }), buildSource({ id: 'baku', name: 'Baku officials' })];
  const articles = [
    buildArticle({ id: 'a-1', title: 'beta talks', text: 'x'.repeat(400) }),
    buildArticle({ id: 'a-2', title: 'Alpha truce', text: 'y'.repeat(400) }),
    buildArticle({ id: 'a-3', title: 'Émile', text: 'z'.repeat(400) }),
    buildArticle({ id: 'a-gone', title: 'Deleted', text: 'w'.repeat(400), deletedAt: at(1) }),
    // For the article list: a later day, a title that differs only in case, and a true tie (same day, same title).
    buildArticle({ id: 'a-5', title: 'émile', text: 'v'.repeat(400), createdAt: at(2) }),
    buildArticle({ id: 'a-6', title: 'Émile', text: 'u'.repeat(400), createdAt: at(2) }),
    buildArticle({ id: 'a-7', title: 'Alpha truce', text: 't'.repeat(400) }),
  ];
  const claims: Claim[] = Array.from({ length: 60 }, (_, i) => ({
    id: `c-${i}`,
    articleId: articles[i % 4]!.id,
    sourceId: sources[i % 3]!.id,
    start: (i * 7) % 50,
    end: ((i * 7) % 50) + 5,
    quote: { exact: 'xxxxx', prefix: '', suffix: '' },
    verdict: VERDICT_CYCLE[i % 4]!,
    note: '',
    evidence: [],
    createdAt: at(i % 5),
    updatedAt: at(i % 6, i % 2), // many ties, over six days
    version: 1,
    createdBy: i % 3 === 0 ? null : users[i % 2]!.id,
    updatedBy: null,
    review: i % 3 === 0 ? PENDING_REVIEW : { state: REVIEW_CYCLE[i % 3]!, comment: '', decidedBy: 'u-1', decidedAt: at(7) },
    deletedAt: i % 11 === 0 ? at(8) : null,
  }));
  return buildStoreData({ users, sources, articles, claims });
}

/** Inserts users, sources, articles and claims of `data`, in their array order (so `seq` follows it). */
export async function insertDesk(db: Kysely<Database>, data: StoreData): Promise<void> {
  await db.insertInto('users').values(data.users.map((u) => ({ id: u.id, username: u.username, display_name: u.displayName, role: u.role, disabled: u.disabled, password_hash: u.passwordHash, locale: u.locale, created_at: u.createdAt, updated_at: u.updatedAt }))).execute();
  await db.insertInto('sources').values(data.sources.map(sourceToRow)).execute();
  await db.insertInto('articles').values(data.articles.map(articleToRow)).execute();
  await db.insertInto('claims').values(data.claims.map(claimToRow)).execute();
}
