// Whether the test PostgreSQL answers, for tests/support/postgres.ts and vitest.config.ts (which swaps the
// PostgreSQL projects' files for one skipped test naming the reason when it does not, outside CI).
import pg from 'pg';
import { connectionError } from '../../server/store/postgres/connection.ts';

/** A database on the test server where this process may create databases (`postgres` by default). */
export const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why PostgreSQL tests cannot run here, or null when the server answers. */
export async function unreachableReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return connectionError(error, ADMIN_URL).message;
  } finally {
    await client.end().catch(() => undefined); // a client that never connected has nothing to end
  }
}
