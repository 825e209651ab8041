// The PostgreSQL repository of the desk's rating scale (repositories.ts, migration 0009): one row holding the scale
// as jsonb and its version, and the `verdicts` rows that claims' verdicts point at, kept in step with it.
import type { Kysely } from 'kysely';
import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../domain/rating-scale.ts';
import type { RatingScaleRepository } from '../repositories.ts';
import type { Database } from './database.ts';
import { mustWrite } from './pg-scope.ts';

/** The stored scale, or DEFAULT_RATING_SCALE (at the row's version) before a desk edits it. */
export async function readRatingScale(db: Kysely<Database>): Promise<RatingScale> {
  const row = await db.selectFrom('rating_scale').select(['version', 'updated_at', 'body']).executeTakeFirstOrThrow();
  if (!row.body) return { ...DEFAULT_RATING_SCALE, version: row.version };
  return { ...row.body, version: row.version, updatedAt: row.updated_at ?? DEFAULT_RATING_SCALE.updatedAt };
}

export function ratingScaleRepository(db: Kysely<Database>): RatingScaleRepository {
  return {
    get: () => readRatingScale(db),
    put: async (next, expectedVersion, change) => {
      mustWrite(db);
      const { verdicts, worstRating, bestRating } = next;
      // The row lock of this update makes a concurrent change wait, then find the version moved on.
      const updated = await db
        .updateTable('rating_scale')
        .set({ version: next.version, updated_at: next.updatedAt, body: JSON.stringify({ verdicts, worstRating, bestRating }) })
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) return false;
      const rows = verdicts.map((v, position) => ({ id: v.key, position, needs_review: v.needsReview }));
      await db
        .insertInto('verdicts')
        .values(rows)
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ position: eb.ref('excluded.position'), needs_review: eb.ref('excluded.needs_review') })))
        .execute();
      // Claims still on a dropped verdict fail the deferred foreign key at commit: the service moves them first.
      await db.deleteFrom('verdicts').where('id', 'not in', verdicts.map((v) => v.key)).execute();
      await db.insertInto('rating_scale_changes').values({ id: change.id, at: change.at, user_id: change.userId, change: JSON.stringify(change) }).execute();
      return true;
    },
    changes: async () => (await db.selectFrom('rating_scale_changes').select('change').orderBy('seq').execute()).map((r) => r.change),
  };
}

