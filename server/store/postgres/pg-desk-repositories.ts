// The PostgreSQL repositories of what the desk is set up with: sources, accounts and their sessions, and the
// newsroom's settings (repositories.ts), on the pool for reads or on a unit of work's transaction (see pg-scope.ts).
import { sql, type Kysely } from 'kysely';
import type { SessionRepository, SettingsRepository, SourceRepository, UserRepository } from '../repositories.ts';
import type { Database } from './database.ts';
import { duplicateSource, duplicateUsername, refusingDuplicates } from './pg-errors.ts';
import { isUnitOfWork, lockAccountCounts, mustWrite } from './pg-scope.ts';
import { sessionFromRow, sessionToRow, SETTINGS_COLUMNS, settingsFromRow, settingsToRow, sourceAuditFromRow, sourceAuditToRow, sourceFromRow, sourceToRow, userFromRow, userToRow } from './rows.ts';

/** Names sort and compare as in JavaScript: ICU's root collation (Intl.Collator('en')) and case mapping (toLowerCase). */
const ICU = sql.raw('"und-x-icu"');
/** The expression sources_live_name_key (migration 0002) indexes. */
const lowerName = sql<string>`lower(name collate ${ICU})`;

export function sourceRepository(db: Kysely<Database>): SourceRepository {
  const live = () => db.selectFrom('sources').selectAll().where('deleted_at', 'is', null);
  const nameKey = (name: string) => () => duplicateSource(name);
  return {
    list: async () => (await live().orderBy(sql`name collate ${ICU}`).orderBy('created_at').orderBy('id').execute()).map(sourceFromRow),
    find: async (id) => {
      // In a unit of work, a share lock: the source cannot be removed before this one commits (pg-scope.ts).
      const row = await live().where('id', '=', id).$if(isUnitOfWork(db), (q) => q.forShare()).executeTakeFirst();
      return row && sourceFromRow(row);
    },
    findByName: async (name, exceptId) => {
      const row = await live()
        .where(lowerName, '=', sql<string>`lower(${name} collate ${ICU})`)
        .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
        .executeTakeFirst();
      return row && sourceFromRow(row);
    },
    idTaken: async (id) => (await db.selectFrom('sources').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
    insert: async (source) => {
      mustWrite(db);
      await refusingDuplicates(() => db.insertInto('sources').values(sourceToRow(source)).execute(), 'sources_live_name_key', nameKey(source.name));
    },
    update: async (next) => {
      mustWrite(db);
      const { id, deleted_at: _live, ...row } = sourceToRow(next);
      const write = () => db.updateTable('sources').set(row).where('id', '=', id).where('deleted_at', 'is', null).execute();
      await refusingDuplicates(write, 'sources_live_name_key', nameKey(next.name));
    },
    remove: async (id) => {
      mustWrite(db);
      // Kept, marked deleted: deleted claims still point at it (migration 0001), and its id is never given again.
      await db.updateTable('sources').set({ deleted_at: sql<string>`now()` }).where('id', '=', id).where('deleted_at', 'is', null).execute();
    },
    appendAudit: async (entries) => {
      mustWrite(db);
      if (entries.length > 0) await db.insertInto('source_audit_entries').values(entries.map(sourceAuditToRow)).execute();
    },
    history: async (sourceId) =>
      (await db.selectFrom('source_audit_entries').selectAll().where('source_id', '=', sourceId).orderBy('seq').execute()).map(sourceAuditFromRow),
  };
}

export function userRepository(db: Kysely<Database>): UserRepository {
  const users = () => db.selectFrom('users').selectAll();
  const one = async (column: 'id' | 'username', value: string) => {
    const row = await users().where(column, '=', value).executeTakeFirst();
    return row && userFromRow(row);
  };
  return {
    list: async () => (await users().orderBy(sql`display_name collate ${ICU}`).orderBy('seq').execute()).map(userFromRow),
    find: (id) => one('id', id),
    findByUsername: (username) => one('username', username),
    count: async () => {
      await lockAccountCounts(db);
      return (await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    },
    countActiveEditors: async () => {
      await lockAccountCounts(db);
      const { n } = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'editor')
        .where('disabled', '=', false)
        .executeTakeFirstOrThrow();
      return n;
    },
    insert: async (user) => {
      mustWrite(db);
      await refusingDuplicates(() => db.insertInto('users').values(userToRow(user)).execute(), 'users_username_key', () => duplicateUsername(user.username));
    },
    update: async (next) => {
      mustWrite(db);
      const { id, ...row } = userToRow(next);
      const write = () => db.updateTable('users').set(row).where('id', '=', id).execute();
      await refusingDuplicates(write, 'users_username_key', () => duplicateUsername(next.username));
    },
  };
}

export function sessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    find: async (tokenHash) => {
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .selectAll('s')
        .select([
          'u.username', 'u.display_name', 'u.role', 'u.disabled', 'u.locale', 'u.password_hash',
          'u.created_at as user_created_at', 'u.updated_at as user_updated_at',
        ])
        .where('s.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const user = userFromRow({ ...row, id: row.user_id, created_at: row.user_created_at, updated_at: row.user_updated_at });
      return { session: sessionFromRow(row), user };
    },
    open: async (session, now) => {
      mustWrite(db);
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
      await db.insertInto('sessions').values(sessionToRow(session)).execute();
    },
    remove: async (tokenHash) => {
      mustWrite(db);
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    removeForUser: async (userId) => {
      mustWrite(db);
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
  };
}

export function settingsRepository(db: Kysely<Database>): SettingsRepository {
  return {
    get: async () => settingsFromRow(await db.selectFrom('settings').select(SETTINGS_COLUMNS).executeTakeFirstOrThrow()),
    put: async (settings) => {
      mustWrite(db);
      await db.updateTable('settings').set(settingsToRow(settings)).execute();
    },
  };
}
