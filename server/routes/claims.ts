// /api/claims: claims across articles (filtered), and changes to one claim guarded by its version.
import { Router } from 'express';
import { ClaimsQuerySchema, UpdateClaimBodySchema } from '../../domain/requests.ts';
import { IdSchema } from '../../domain/schemas.ts';
import { parseOr400 } from '../errors.ts';
import { deleteClaim, listClaims, updateClaim } from '../services/claims.ts';
import type { RouteDeps } from './deps.ts';

export function claimsRouter({ store, context }: RouteDeps): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const query = parseOr400(ClaimsQuerySchema, { ...req.query }, 'query');
    res.json(listClaims(store.read(), query));
  });
  router.patch('/:id', async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const body = parseOr400(UpdateClaimBodySchema, req.body, 'body');
    res.json(await store.update((data) => updateClaim(data, id, body, context())));
  });
  router.delete('/:id', async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    await store.update((data) => deleteClaim(data, id));
    res.status(204).end();
  });
  return router;
}
