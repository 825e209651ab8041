// /api/claims: claims across articles (filtered, sorted, summarised), changes to one claim guarded by its version,
// delete and undo, the editor's review (and the withdrawal of an approval), and each claim's history.
import { Router, type Response } from 'express';
import type { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import {
  ClaimsPageQuerySchema,
  ClaimsQuerySchema,
  ReviewBodySchema,
  UpdateClaimBodySchema,
  WithdrawApprovalBodySchema,
  type ClaimsQuery,
} from '../../domain/requests.ts';
import { claimFacts, type Action } from '../../domain/policy.ts';
import { IdSchema, type Claim } from '../../domain/schemas.ts';
import { authorize, permit } from '../auth/policy.ts';
import { currentUser } from '../auth/sessions.ts';
import { notFound, parseOr400 } from '../errors.ts';
import { deleteClaim, findClaim, restoreClaim, updateClaim } from '../services/claims.ts';
import { reviewClaim, withdrawApproval } from '../services/reviews.ts';
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

  router.get('/', async (req, res) => {
    res.json(await store.read.claims.list(claimsQuery(req.query, res)));
  });
  router.get('/page', async (req, res) => {
    const { offset = 0, limit = LIMITS.claimsPage, ...query } = claimsQuery(req.query, res, ClaimsPageQuerySchema);
    res.json(await store.read.claims.page(query, offset, limit));
  });
  router.get('/summary', async (req, res) => {
    res.json(await store.read.claims.summary(claimsQuery(req.query, res)));
  });
  router.get('/:id', async (req, res) => {
    res.json(await findClaim(store.read, idOf(req.params)));
  });
  router.get('/:id/history', async (req, res) => {
    const id = idOf(req.params);
    if (!(await store.read.claims.find(id))) throw notFound('claim', id);
    res.json(await store.read.audit.history(id));
  });
  router.patch('/:id', async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(UpdateClaimBodySchema, req.body, 'body');
    res.json(
      await store.transaction(async (tx) => {
        const claim = await findClaim(tx, id);
        allow(res, 'claim.edit', claim);
        return updateClaim(tx, claim, body, context(res));
      }),
    );
  });
  router.delete('/:id', async (req, res) => {
    const id = idOf(req.params);
    await store.transaction(async (tx) => {
      const claim = await findClaim(tx, id);
      allow(res, 'claim.delete', claim);
      return deleteClaim(tx, claim, context(res));
    });
    res.status(204).end();
  });
  router.post('/:id/restore', async (req, res) => {
    const id = idOf(req.params);
    res.json(
      await store.transaction(async (tx) => {
        const claim = await tx.claims.find(id);
        if (!claim) throw notFound('claim', id);
        allow(res, 'claim.restore', claim);
        return restoreClaim(tx, claim, context(res));
      }),
    );
  });
  router.post('/:id/review', permit('claim.review'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(ReviewBodySchema, req.body, 'body');
    res.json(await store.transaction((tx) => reviewClaim(tx, id, body, context(res))));
  });
  router.post('/:id/withdraw-approval', permit('claim.review'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(WithdrawApprovalBodySchema, req.body, 'body');
    res.json(await store.transaction((tx) => withdrawApproval(tx, id, body, context(res))));
  });
  return router;
}
