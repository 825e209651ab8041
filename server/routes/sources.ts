// /api/sources: list, add, edit and remove the sources claims are attributed to.
import { Router } from 'express';
import { CreateSourceBodySchema, UpdateSourceBodySchema } from '../../domain/requests.ts';
import { IdSchema } from '../../domain/schemas.ts';
import { permit } from '../auth/policy.ts';
import { parseOr400 } from '../errors.ts';
import { createSource, deleteSource, listSources, updateSource } from '../services/sources.ts';
import type { RouteDeps } from './deps.ts';

export function sourcesRouter({ store, context }: RouteDeps): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.json(listSources(store.read()));
  });
  router.post('/', permit('source.create'), async (req, res) => {
    const body = parseOr400(CreateSourceBodySchema, req.body, 'body');
    res.status(201).json(await store.update((data) => createSource(data, body, context(res))));
  });
  router.patch('/:id', permit('source.edit'), async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const body = parseOr400(UpdateSourceBodySchema, req.body, 'body');
    res.json(await store.update((data) => updateSource(data, id, body, context(res))));
  });
  router.delete('/:id', permit('source.delete'), async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    await store.update((data) => deleteSource(data, id));
    res.status(204).end();
  });
  return router;
}
