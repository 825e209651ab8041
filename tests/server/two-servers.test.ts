// Two app servers on one PostgreSQL database, as behind a load balancer: real server processes (server/main.ts with
// DATABASE_URL), started together on a new database. What one writes the other reads; a stale version is refused by
// either; a session and the sign-in limit are shared; SIGKILL of one in the middle of concurrent writes through both
// loses no acknowledged change, and the other keeps serving.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SIGN_IN_LIMITS } from '../../server/auth/sign-in-limits.ts';
import { migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { describeWithPostgres, useTestDatabase } from '../support/postgres.ts';
import { signInHeaders, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { DEMO_ID } from '../support/test-app.ts';

const CLIENTS_PER_SERVER = 4;
/** Acknowledged writes (through both servers) before the kill: the kill lands while writes are in flight. */
const WRITES_BEFORE_KILL = 60;

describeWithPostgres('two app servers on one database', () => {
  const database = useTestDatabase();
  let dir: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let headers: Record<string, string>;
  let text: string;

  beforeAll(async () => {
    await migrateToLatest(database.db);
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-two-'));
    // Started together on a new database: both find it new, one seeds the demo, the other finds it seeded.
    const env = { DATABASE_URL: database.url };
    [a, b] = await Promise.all([spawnServer(dir, env), spawnServer(dir, env)]);
    headers = await signInHeaders(a.url);
    text = (await (await fetch(`${a.url}/api/articles/${DEMO_ID}`, { headers })).json()).text;
  }, 60_000);

  afterAll(async () => {
    for (const server of [a, b]) if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
    await Promise.all([a?.ended, b?.ended]);
    await rm(dir, { recursive: true, force: true });
  });

  const claimBody = (start: number, note: string) => ({ start, end: start + 6, exact: text.slice(start, start + 6), sourceId: 'kremlin', note });
  const post = (server: ServerProcess, body: unknown) =>
    fetch(`${server.url}/api/articles/${DEMO_ID}/claims`, { method: 'POST', headers, body: JSON.stringify(body) });
  const patch = (server: ServerProcess, id: string, body: unknown) =>
    fetch(`${server.url}/api/claims/${id}`, { method: 'PATCH', headers, body: JSON.stringify(body) });

  it('seeded the demo once, though both started on the new database together', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(database.db);
    expect(rows[0]!.n).toBe(1);
    const sources = await (await fetch(`${b.url}/api/sources`, { headers })).json();
    expect(sources.map((s: { id: string }) => s.id).sort()).toEqual(['armenian-government', 'azerbaijani-mod', 'elysee', 'kremlin'].sort());
  });

  it('serves a claim written through one server from the other, with the session made on the first', async () => {
    const created = await post(a, claimBody(10, 'written through A'));
    expect(created.status).toBe(201);
    const claim = await created.json();
    const read = await fetch(`${b.url}/api/claims/${claim.id}`, { headers });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: claim.id, note: 'written through A', version: claim.version });
  });

  it('refuses a stale version with 409 from either server', async () => {
    const claim = await (await post(b, claimBody(20, 'to be edited'))).json();
    const first = await patch(a, claim.id, { version: claim.version, note: 'edited through A' });
    expect(first.status).toBe(200);
    for (const server of [b, a]) {
      const stale = await patch(server, claim.id, { version: claim.version, note: 'stale edit' });
      expect(stale.status).toBe(409);
      expect((await stale.json()).error).toMatchObject({ code: 'version_conflict' });
    }
    const now = await (await fetch(`${b.url}/api/claims/${claim.id}`, { headers })).json();
    expect(now).toMatchObject({ note: 'edited through A', version: claim.version + 1 });
  });

  it('counts failed sign-ins for an account across both servers', async () => {
    const attempt = (server: ServerProcess) =>
      fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'nobody-here', password: 'wrong password' }),
      });
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount; i++) expect((await attempt(i % 2 === 0 ? a : b)).status).toBe(401);
    for (const server of [a, b]) {
      const refused = await attempt(server);
      expect(refused.status).toBe(429);
      expect((await refused.json()).error).toMatchObject({ code: 'too_many_attempts' });
    }
  });

  it('loses no acknowledged change when one is killed mid-writes, and the other keeps serving', async () => {
    const acknowledged = new Map<string, string>();
    let killed: () => void;
    const kill = new Promise<void>((resolve) => (killed = resolve));
    let stop = false;
    let aKilled = false; // set before the signal is sent: a.child.signalCode only follows once the exit is seen
    const client = async (server: ServerProcess, n: number) => {
      for (let i = 0; !stop; i++) {
        const start = (n * 131 + i * 17) % (text.length - 10);
        const note = `${server === a ? 'A' : 'B'} client ${n} #${i}`;
        try {
          const res = await post(server, claimBody(start, note));
          if (res.status !== 201) throw new Error(`${note}: ${res.status} ${await res.text()}`);
          acknowledged.set((await res.json()).id, note);
          if (acknowledged.size === WRITES_BEFORE_KILL) killed();
        } catch (error) {
          if (server === a && aKilled) return; // died with A: never acknowledged
          throw error;
        }
      }
    };
    const clients = [a, b].flatMap((server) => Array.from({ length: CLIENTS_PER_SERVER }, (_, n) => client(server, n)));
    await kill;
    aKilled = true;
    a.child.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');
    // B goes on serving writes after A is gone.
    const afterKill = acknowledged.size;
    await expect.poll(() => acknowledged.size, { timeout: 30_000 }).toBeGreaterThan(afterKill + 2 * CLIENTS_PER_SERVER);
    stop = true;
    await Promise.all(clients);

    const { rows } = await sql<{ id: string; note: string }>`select id, note from claims where deleted_at is null`.execute(database.db);
    const stored = new Map(rows.map((r) => [r.id, r.note]));
    const lost = [...acknowledged].filter(([id, note]) => stored.get(id) !== note);
    expect(lost).toEqual([]);
    // Every acknowledged write has its audit entry, written in the same transaction.
    const audited = await sql<{ n: number }>`select count(distinct claim_id)::int as n from audit_entries
      where claim_id in (${sql.join([...acknowledged.keys()])})`.execute(database.db);
    expect(audited.rows[0]!.n).toBe(acknowledged.size);
    // And B reads them all back through the API.
    const page = await (await fetch(`${b.url}/api/claims/page?articleId=${DEMO_ID}&limit=1`, { headers })).json();
    expect(page.total).toBeGreaterThanOrEqual(acknowledged.size);
  }, 120_000);
});
