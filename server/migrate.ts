// `npm run migrate`: applies the PostgreSQL store's pending migrations to DATABASE_URL and says what it did; exits 1,
// with the reason and the address with its password redacted, when it cannot.
import { DatabaseConnectionError, openDatabase, redactConnectionString } from './store/postgres/connection.ts';
import { migrateToLatest } from './store/postgres/migrations.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: give the PostgreSQL database to migrate, e.g. DATABASE_URL=postgres://user@host:5432/claimdesk');
  process.exit(1);
}

const where = redactConnectionString(url);
const db = openDatabase(url, { max: 1 });
try {
  const applied = await migrateToLatest(db);
  if (applied.length === 0) console.log(`${where} is up to date: no migration to apply.`);
  else console.log(`Applied to ${where}: ${applied.join(', ')}.`);
} catch (error) {
  if (error instanceof DatabaseConnectionError) console.error(`Cannot migrate: ${error.message}`);
  else console.error(`Cannot migrate ${where}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
