// Puts a StoreData into any Store through its repositories, in one unit of work: how a new PostgreSQL store gets the
// demo, and how the store contract tests seed
// lowdb and PostgreSQL alike (bulk transfer between stores is migrate-store's business, not this helper's).
import type { StoreData } from '../../domain/schemas.ts';
import type { Store } from './repositories.ts';

/** Before every session's expiry: opening the seeded sessions drops none of them. */
const BEFORE_ANY_SESSION = new Date(0).toISOString();

/** Inserts `data`'s entities in array order (so insertion order follows it), parents before what points at them. */
export async function seedStore(store: Store, data: StoreData): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.settings.put(data.settings);
    for (const user of data.users) await tx.users.insert(user);
    for (const source of data.sources) await tx.sources.insert(source);
    for (const article of data.articles) await tx.articles.insert(article);
    for (const claim of data.claims) await tx.claims.insert(claim);
    await tx.audit.append(data.audit);
    for (const session of data.sessions) await tx.sessions.open(session, BEFORE_ANY_SESSION);
    await tx.suggestions.reject(data.rejectedSuggestions);
  });
}
