// /api/articles/:id/publication: an article's public page as the workbench sees it (GET), publish or republish its
// approved claims (POST, editors), withdraw it with a reason (POST …/withdrawal, editors). Thin: see
// server/services/publications.ts.
import { Router } from 'express';
import { publicationBlockers } from '../../domain/publication/blockers.ts';
import type { PublicationStatus } from '../../domain/publication/status.ts';
import { publicPageUrl } from '../../domain/publication/urls.ts';
import { PublishBodySchema, WithdrawBodySchema } from '../../domain/requests.ts';
import { IdSchema, type Publication } from '../../domain/schemas.ts';
import { permit } from '../auth/policy.ts';
import { parseOr400 } from '../errors.ts';
import { findArticle } from '../services/articles.ts';
import { publishArticle, withdrawPublication } from '../services/publications.ts';
import type { Repositories } from '../store/repositories.ts';
import type { RouteDeps } from './deps.ts';

async function statusOf(repos: Repositories, publication: Publication | undefined): Promise<PublicationStatus> {
  const settings = await repos.settings.get();
  return {
    publication: publication ?? null,
    url: publication && settings.publicBaseUrl ? publicPageUrl(settings.publicBaseUrl, publication.slug) : null,
    blockers: publicationBlockers(settings),
  };
}

export function publicationsRouter({ store, context }: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const idOf = (params: { id?: string }) => parseOr400(IdSchema, params.id, 'id');

  router.get('/', async (req, res) => {
    const id = idOf(req.params);
    await findArticle(store.read, id);
    res.json(await statusOf(store.read, await store.read.publications.latestOfArticle(id)));
  });
  router.post('/', permit('article.publish'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(PublishBodySchema, req.body ?? {}, 'body');
    const published = await store.transaction((tx) => publishArticle(tx, id, body, context(res)));
    res.status(201).json(await statusOf(store.read, published));
  });
  router.post('/withdrawal', permit('article.publish'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(WithdrawBodySchema, req.body, 'body');
    const withdrawn = await store.transaction((tx) => withdrawPublication(tx, id, body, context(res)));
    res.json(await statusOf(store.read, withdrawn));
  });
  return router;
}
