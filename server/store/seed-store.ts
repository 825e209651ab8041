// Puts a StoreData into any Store through its repositories, in one unit of work: how a new PostgreSQL store gets the
// demo, and how the store contract tests seed
// lowdb and PostgreSQL alike (bulk transfer between stores is migrate-store's business, not this helper's).
import type { StoreData } from '../../domain/schemas.ts';
import type { Repositories, Store } from './repositories.ts';

/** Before every session's expiry: opening the seeded sessions drops none of them. */
const BEFORE_ANY_SESSION = new Date(0).toISOString();

/** Inserts `data`'s entities in array order (so insertion order follows it), parents before what points at them. */
export async function seedStore(store: Store, data: StoreData): Promise<void> {
  await store.transaction((tx) => seedRepositories(tx, data));
}

/** Whether a store holds no account, source or article yet: a new desk, which gets the demo. */
export async function isNewDesk(repos: Repositories): Promise<boolean> {
  return (await repos.users.count()) === 0 && (await repos.sources.list()).length === 0 && (await repos.articles.summaries()).length === 0;
}

/**
 * Seeds `data` if the store is still a new desk, in one unit of work; true when this call seeded it. Servers starting
 * together on one new database race here: the loser's inserts meet the winner's keys and its unit of work fails,
 * writing nothing; if the desk is no longer new, someone else seeded it and that failure is not this server's.
 */
export async function seedNewDesk(store: Store, data: StoreData): Promise<boolean> {
  try {
    return await store.transaction(async (tx) => {
      if (!(await isNewDesk(tx))) return false;
      await seedRepositories(tx, data);
      return true;
    });
  } catch (error) {
    if (!(await isNewDesk(store.read))) return false;
    throw error;
  }
}

async function seedRepositories(tx: Repositories, data: StoreData): Promise<void> {
  await tx.settings.put(data.settings);
  for (const user of data.users) await tx.users.insert(user);
  for (const source of data.sources) await tx.sources.insert(source);
  for (const article of data.articles) await tx.articles.insert(article);
  for (const claim of data.claims) await tx.claims.insert(claim);
  await tx.audit.append(data.audit);
  await tx.sources.appendAudit(data.sourceAudit);
  for (const session of data.sessions) await tx.sessions.open(session, BEFORE_ANY_SESSION);
  await tx.suggestions.reject(data.rejectedSuggestions);
  for (const publication of data.publications) await tx.publications.insert(publication);
}
