// /api/claims: claims across articles (filtered, sorted, summarised), changes to one claim guarded by its version,
// delete and undo, the editor's review, and each claim's history.
import { Router, type Response } from 'express';
import type { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { ClaimsPageQuerySchema, ClaimsQuerySchema, ReviewBodySchema, UpdateClaimBodySchema, type ClaimsQuery } from '../../domain/requests.ts';
import { claimFacts, type Action } from '../../domain/policy.ts';
import { IdSchema, type Claim } from '../../domain/schemas.ts';
import { authorize, permit } from '../auth/policy.ts';
import { currentUser } from '../auth/sessions.ts';
import { parseOr400 } from '../errors.ts';
import { claimHistory } from '../services/audit.ts';
import { filterClaims, pageClaims, sortClaims, summarizeClaims } from '../services/claim-queries.ts';
import { deleteClaim, findClaim, restoreClaim, updateClaim } from '../services/claims.ts';
import { reviewClaim } from '../services/reviews.ts';
import type { RouteDeps } from './deps.ts';

/** The query of GET /api/claims (or of a page of it) with `userId=me` resolved to the caller. */
export function claimsQuery<Q extends ClaimsQuery>(query: unknown, res: Response, schema: z.ZodType<Q> = ClaimsQuerySchema as z.ZodType<Q>): Q {
  const parsed = parseOr400(schema, { ...(query as object) }, 'query');
  return parsed.userId === 'me' ? { ...parsed, userId: currentUser(res.locals).id } : parsed;
}

export function claimsRouter({ store, context }: RouteDeps): Router {
  const router = Router();
  const idOf = (params: { id?: string }) => parseOr400(IdSchema, params.id, 'id');
  /** Refuses `action` on `claim` unless the policy lets the caller do it to that claim as it is now. */
  const allow = (res: Response, action: Action, claim: Claim) => {
    const user = currentUser(res.locals);
    authorize(user, action, claimFacts(claim, user.id));
  };

  router.get('/', (req, res) => {
    const query = claimsQuery(req.query, res);
    const data = store.read();
    res.json(sortClaims(data, filterClaims(data, query), query.sort));
  });
  router.get('/page', (req, res) => {
    const { offset = 0, limit = LIMITS.claimsPage, ...query } = claimsQuery(req.query, res, ClaimsPageQuerySchema);
    res.json(pageClaims(store.read(), query, offset, limit));
  });
  router.get('/summary', (req, res) => {
    res.json(summarizeClaims(filterClaims(store.read(), claimsQuery(req.query, res))));
  });
  router.get('/:id', (req, res) => {
    res.json(findClaim(store.read(), idOf(req.params)));
  });
  router.get('/:id/history', (req, res) => {
    const id = idOf(req.params);
    const data = store.read();
    if (!data.claims.some((c) => c.id === id)) findClaim(data, id); // 404 for an unknown id
    res.json(claimHistory(data, id));
  });
  router.patch('/:id', async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(UpdateClaimBodySchema, req.body, 'body');
    res.json(
      await store.update((data) => {
        allow(res, 'claim.edit', findClaim(data, id));
        return updateClaim(data, id, body, context(res));
      }),
    );
  });
  router.delete('/:id', async (req, res) => {
    const id = idOf(req.params);
    await store.update((data) => {
      allow(res, 'claim.delete', findClaim(data, id));
      return deleteClaim(data, id, context(res));
    });
    res.status(204).end();
  });
  router.post('/:id/restore', async (req, res) => {
    const id = idOf(req.params);
    res.json(
      await store.update((data) => {
        const claim = data.claims.find((c) => c.id === id);
        if (claim) allow(res, 'claim.restore', claim); // an unknown id is restoreClaim's 404
        return restoreClaim(data, id, context(res));
      }),
    );
  });
  router.post('/:id/review', permit('claim.review'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(ReviewBodySchema, req.body, 'body');
    res.json(await store.update((data) => reviewClaim(data, id, body, context(res))));
  });
  return router;
}
