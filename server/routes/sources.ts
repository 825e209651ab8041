// /api/sources: list, add, edit, merge and remove the sources claims are attributed to, and read a source's history.
import { Router } from 'express';
import { CreateSourceBodySchema, DeleteSourceQuerySchema, MergeSourceBodySchema, UpdateSourceBodySchema } from '../../domain/requests.ts';
import { IdSchema } from '../../domain/schemas.ts';
import { permit } from '../auth/policy.ts';
import { parseOr400 } from '../errors.ts';
import { createSource, deleteSource, findSource, mergeSource, updateSource } from '../services/sources.ts';
import type { RouteDeps } from './deps.ts';

export function sourcesRouter({ store, context }: RouteDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.json(await store.read.sources.list());
  });
  router.post('/', permit('source.create'), async (req, res) => {
    const body = parseOr400(CreateSourceBodySchema, req.body, 'body');
    res.status(201).json(await store.transaction((tx) => createSource(tx, body, context(res))));
  });
  router.patch('/:id', permit('source.edit'), async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const body = parseOr400(UpdateSourceBodySchema, req.body, 'body');
    res.json(await store.transaction((tx) => updateSource(tx, id, body, context(res))));
  });
  router.post('/:id/merge', permit('source.edit'), async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const { into } = parseOr400(MergeSourceBodySchema, req.body, 'body');
    res.json(await store.transaction((tx) => mergeSource(tx, id, into, context(res))));
  });
  router.get('/:id/history', permit('source.edit'), async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const history = await store.read.sources.history(id);
    if (history.length === 0) await findSource(store.read, id); // 404 for an id that never was a source
    res.json(history);
  });
  router.delete('/:id', permit('source.delete'), async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const { moveClaimsTo } = parseOr400(DeleteSourceQuerySchema, req.query, 'query');
    await store.transaction((tx) => deleteSource(tx, id, moveClaimsTo, context(res)));
    res.status(204).end();
  });
  return router;
}
