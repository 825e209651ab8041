// /api/articles: list with claim counts, add, open with sentences and claims, and add claims to one.
import { Router } from 'express';
import { CreateArticleBodySchema, CreateClaimBodySchema } from '../../domain/requests.ts';
import { IdSchema } from '../../domain/schemas.ts';
import { parseOr400 } from '../errors.ts';
import { createArticle, getArticleDetail, listArticleSummaries } from '../services/articles.ts';
import { createClaim } from '../services/claims.ts';
import type { RouteDeps } from './deps.ts';

export function articlesRouter({ store, context }: RouteDeps): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.json(listArticleSummaries(store.read()));
  });
  router.post('/', async (req, res) => {
    const body = parseOr400(CreateArticleBodySchema, req.body, 'body');
    res.status(201).json(await store.update((data) => createArticle(data, body, context())));
  });
  router.get('/:id', (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    res.json(getArticleDetail(store.read(), id));
  });
  router.post('/:id/claims', async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const body = parseOr400(CreateClaimBodySchema, req.body, 'body');
    res.status(201).json(await store.update((data) => createClaim(data, id, body, context())));
  });
  return router;
}
