// The PostgreSQL repository of publications (repositories.ts): one row per published version (migration 0005);
// the latest version of a slug is the one its public page serves.
import type { Kysely } from 'kysely';
import type { PublicationRepository } from '../repositories.ts';
import type { Database } from './database.ts';
import { mustWrite } from './pg-scope.ts';
import { publicationFromRow, publicationToRow } from './rows.ts';

export function publicationRepository(db: Kysely<Database>): PublicationRepository {
  const latestWhere = async (column: 'article_id' | 'slug', value: string) => {
    const row = await db.selectFrom('publications').selectAll().where(column, '=', value).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row && publicationFromRow(row);
  };
  return {
    latestOfArticle: (articleId) => latestWhere('article_id', articleId),
    latestBySlug: (slug) => latestWhere('slug', slug),
    listPublished: async (limit) => {
      const rows = await db
        .selectFrom(
          db.selectFrom('publications').selectAll().distinctOn('slug').orderBy('slug').orderBy('version', 'desc').as('latest'),
        )
        .selectAll()
        .where('status', '=', 'published')
        .orderBy('published_at', 'desc')
        .orderBy('slug')
        .limit(limit)
        .execute();
      return rows.map(publicationFromRow);
    },
    insert: async (publication) => {
      mustWrite(db);
      await db.insertInto('publications').values(publicationToRow(publication)).execute();
    },
    update: async (next) => {
      mustWrite(db);
      const { id: _id, ...row } = publicationToRow(next);
      await db.updateTable('publications').set(row).where('id', '=', next.id).execute();
    },
  };
}

