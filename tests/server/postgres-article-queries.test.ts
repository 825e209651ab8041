// The desk's article list and an article's claims in SQL: the same rows in the same order as the lowdb repositories.
import { DEFAULT_RATING_SCALE } from '../../domain/rating-scale.ts';
import { beforeAll, expect, it } from 'vitest';
import { createLowRepositoryStore } from '../../server/store/low-repositories.ts';
import { createMemoryStore } from '../../server/store/low-store.ts';
import { articleClaimsQuery, articleSummariesQuery, articleSummaryFromRow } from '../../server/store/postgres/article-queries.ts';
import { migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { claimFromRow } from '../../server/store/postgres/rows.ts';
import { deskData, insertDesk } from '../support/postgres-desk.ts';
import { describeWithPostgres, useTestDatabase } from '../support/postgres.ts';

describeWithPostgres('articles in SQL', () => {
  const test = useTestDatabase();
  const data = deskData();
  const memory = createLowRepositoryStore(createMemoryStore(data)).read;

  beforeAll(async () => {
    await migrateToLatest(test.db);
    await insertDesk(test.db, data);
  });

  it('lists the live articles with their claim counts, in the order of the in-memory list', async () => {
    const rows = await articleSummariesQuery(test.db).execute();
    expect(rows.map((row) => articleSummaryFromRow(row, DEFAULT_RATING_SCALE))).toEqual(await memory.articles.summaries());
  });

  it.each(['a-1', 'a-2', 'a-3', 'a-5'])('gives the claims of %s in text order, as the article page does', async (id) => {
    const rows = await articleClaimsQuery(test.db, id).execute();
    expect(rows.map(claimFromRow)).toEqual(await memory.claims.ofArticle(id));
  });
});
