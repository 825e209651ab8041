// /api/rating-scale: the desk's verdicts (any signed-in user reads them; editors change them) and how many live
// claims use each, so that the Rating scale page can ask where claims go before a verdict is removed.
import { Router } from 'express';
import { RatingScaleUpdateSchema } from '../../domain/rating-scale.ts';
import { permit } from '../auth/policy.ts';
import { parseOr400 } from '../errors.ts';
import { updateRatingScale, verdictUsage } from '../services/rating-scale.ts';
import type { RouteDeps } from './deps.ts';

export function ratingScaleRouter({ store, context }: RouteDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.json(await store.read.ratingScale.get());
  });
  router.get('/usage', async (_req, res) => {
    res.json(await store.snapshot((read) => verdictUsage(read)));
  });
  router.put('/', permit('scale.edit'), async (req, res) => {
    const body = parseOr400(RatingScaleUpdateSchema, req.body, 'body');
    res.json(await store.transaction((tx) => updateRatingScale(tx, body, context(res))));
  });
  return router;
}
