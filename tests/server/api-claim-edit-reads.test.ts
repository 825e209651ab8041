// An edit reads its claim once: the route reads it to authorise the change, and the service applies the change to that
// same read, inside the same unit of work, instead of asking the store for it a second time.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Claim } from '../../domain/schemas.ts';
import type { Repositories, Store } from '../../server/store/repositories.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let finds: string[] = [];

/** The store with every claims.find inside a unit of work recorded. */
function countingStore(store: Store): Store {
  const watch = (tx: Repositories): Repositories => ({
    ...tx,
    claims: Object.assign(Object.create(tx.claims) as Repositories['claims'], {
      find: (id: string) => {
        finds.push(id);
        return tx.claims.find(id);
      },
    }),
  });
  return Object.assign(Object.create(store) as Store, {
    transaction: <T>(work: (tx: Repositories) => Promise<T>) => store.transaction((tx) => work(watch(tx))),
  });
}

let t: Awaited<ReturnType<typeof openTestApp>>;
let claim: Claim;
beforeAll(async () => {
  t = await openTestApp(undefined, { wrapStore: countingStore });
  const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, 5)).expect(201)).body;
});
afterAll(() => t.cleanup());

it('reads the claim once to authorise and change it', async () => {
  finds = [];
  const res = await t.api.patch(`/api/claims/${claim.id}`).send({ version: claim.version, verdict: 'disputed', note: 'One read' }).expect(200);
  expect(res.body).toMatchObject({ verdict: 'disputed', note: 'One read', version: claim.version + 1 });
  expect(finds).toEqual([claim.id]);
});

it('still answers 409 on a stale version, from that one read', async () => {
  finds = [];
  const res = await t.api.patch(`/api/claims/${claim.id}`).send({ version: claim.version, verdict: 'corroborated' }).expect(409);
  expect(res.body.error.field).toBe('version');
  expect(finds).toEqual([claim.id]);
});
