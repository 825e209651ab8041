// /api/articles: list with claim counts, preview and add (text or HTML), open with sentences and claims,
// edit, delete and restore, and add claims to one.
import { Router } from 'express';
import {
  AcceptSuggestionsBodySchema,
  CreateArticleBodySchema,
  CreateClaimBodySchema,
  PreviewArticleBodySchema,
  RejectSuggestionsBodySchema,
  UpdateArticleBodySchema,
} from '../../domain/requests.ts';
import { IdSchema } from '../../domain/schemas.ts';
import { splitSentences } from '../../domain/split-sentences.ts';
import { permit } from '../auth/policy.ts';
import { parseOr400 } from '../errors.ts';
import { prepareArticle } from '../intake/prepare-article.ts';
import { createArticle, deleteArticle, getArticleDetail, restoreArticle, updateArticle } from '../services/articles.ts';
import { createClaim } from '../services/claims.ts';
import { acceptSuggestions, openSuggestions, rejectSuggestions } from '../services/suggestions.ts';
import type { RouteDeps } from './deps.ts';

export function articlesRouter({ store, context, htmlExtractor, suggester }: RouteDeps): Router {
  const router = Router();
  const idOf = (params: { id?: string }) => parseOr400(IdSchema, params.id, 'id');

  router.get('/', async (_req, res) => {
    res.json(await store.read.articles.summaries());
  });
  router.post('/preview', async (req, res) => {
    const body = parseOr400(PreviewArticleBodySchema, req.body, 'body');
    const { fields, languageConfident } = await prepareArticle(body, htmlExtractor, { requireTitle: false });
    const twin = await store.read.articles.findLiveByText(fields.text);
    res.json({ ...fields, languageConfident, sentences: splitSentences(fields.text, fields.language), duplicateOf: twin?.id ?? null });
  });
  router.post('/', permit('article.create'), async (req, res) => {
    const { fields } = await prepareArticle(parseOr400(CreateArticleBodySchema, req.body, 'body'), htmlExtractor);
    res.status(201).json(await store.transaction((tx) => createArticle(tx, fields, context(res))));
  });
  router.get('/:id', async (req, res) => {
    res.json(await getArticleDetail(store.read, idOf(req.params)));
  });
  router.patch('/:id', permit('article.edit'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(UpdateArticleBodySchema, req.body, 'body');
    res.json(await store.transaction((tx) => updateArticle(tx, id, body, context(res))));
  });
  router.delete('/:id', permit('article.delete'), async (req, res) => {
    const id = idOf(req.params);
    await store.transaction((tx) => deleteArticle(tx, id, context(res)));
    res.status(204).end();
  });
  router.post('/:id/restore', permit('article.restore'), async (req, res) => {
    const id = idOf(req.params);
    res.json(await store.transaction((tx) => restoreArticle(tx, id, context(res))));
  });
  router.post('/:id/claims', permit('claim.create'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(CreateClaimBodySchema, req.body, 'body');
    res.status(201).json(await store.transaction((tx) => createClaim(tx, id, body, context(res))));
  });
  router.get('/:id/suggestions', async (req, res) => {
    res.json(await openSuggestions(store.read, idOf(req.params), suggester.suggest));
  });
  router.post('/:id/suggestions/accept', permit('suggestion.accept'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(AcceptSuggestionsBodySchema, req.body, 'body');
    res.status(201).json(await store.transaction((tx) => acceptSuggestions(tx, id, body, context(res))));
  });
  router.post('/:id/suggestions/reject', permit('suggestion.reject'), async (req, res) => {
    const id = idOf(req.params);
    const body = parseOr400(RejectSuggestionsBodySchema, req.body, 'body');
    res.json({ rejected: await store.transaction((tx) => rejectSuggestions(tx, id, body, context(res))) });
  });
  return router;
}
