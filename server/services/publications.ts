// Publishing an article's approved claims (issue 15, items 3 and 4): freeze them as a new version of its public page,
// require a dated correction when a verdict changed since the last version, withdraw with a reason; every publish and
// withdrawal is in each claim's audit history. The newsroom must be set up first (newsroom-gate.ts).
import type { z } from 'zod';
import { buildSnapshot, changedVerdicts } from '../../domain/publication/snapshot.ts';
import type { PublishBodySchema, WithdrawBodySchema } from '../../domain/requests.ts';
import type { AuditEntry, Correction, Publication, PublicationSnapshot } from '../../domain/schemas.ts';
import { HttpError } from '../errors.ts';
import { requirePublishable } from '../publication/newsroom-gate.ts';
import { reportClaimMaker } from '../reports/report-scope.ts';
import type { Repositories } from '../store/repositories.ts';
import { findArticle } from './articles.ts';
import type { ChangeContext } from './context.ts';

/** One audit entry per claim of `snapshot`. */
function auditEach(tx: Repositories, articleId: string, snapshot: PublicationSnapshot, ctx: ChangeContext, entry: (claimId: string) => Pick<AuditEntry, 'action' | 'before' | 'after'>) {
  return tx.audit.append(snapshot.claims.map((c) => ({ id: ctx.newId(), at: ctx.now, userId: ctx.userId, claimId: c.claimId, articleId, ...entry(c.claimId) })));
}

/** Publishes a new version of the article's page: its approved claims as they are now. */
export async function publishArticle(tx: Repositories, articleId: string, body: z.output<typeof PublishBodySchema>, ctx: ChangeContext): Promise<Publication> {
  requirePublishable(await tx.settings.get());
  const article = await findArticle(tx, articleId);
  const [claims, sources, previous, scale] = await Promise.all([
    tx.claims.ofArticle(articleId),
    tx.sources.list(),
    tx.publications.latestOfArticle(articleId),
    tx.ratingScale.get(),
  ]);
  const withCredits = await (await reportClaimMaker(tx))(claims);
  const snapshot = buildSnapshot(article, withCredits, new Map(sources.map((s) => [s.id, s])), ctx.now, scale, previous?.snapshot);
  if (snapshot.claims.length === 0) {
    throw new HttpError(422, 'nothing_to_publish', 'This article has no approved claim with a verdict to publish', 'claims');
  }
  const changed = changedVerdicts(previous?.snapshot, snapshot);
  const note = body.correction ?? '';
  if (changed.length > 0 && note === '') {
    throw new HttpError(422, 'correction_required', 'correction: a verdict changed since the last published version; say what was corrected', 'correction', {
      params: { count: changed.length },
    });
  }
  const correction: Correction[] = note === '' ? [] : [{ date: ctx.now, note, ...(changed.length === 1 && { claimId: changed[0]!.claimId }) }];
  const publication: Publication = {
    id: ctx.newId(),
    articleId,
    slug: article.id,
    version: (previous?.version ?? 0) + 1,
    status: 'published',
    snapshot,
    publishedAt: ctx.now,
    publishedBy: ctx.userId,
    corrections: [...(previous?.corrections ?? []), ...correction],
    withdrawnAt: null,
    withdrawnReason: null,
  };
  await tx.publications.insert(publication);
  await auditEach(tx, articleId, snapshot, ctx, () => ({
    action: 'publish',
    before: previous ? { version: previous.version, status: previous.status } : null,
    after: { slug: publication.slug, version: publication.version, ...(note && { correction: note }) },
  }));
  return publication;
}

/** Takes the article's page down: it answers 410 with the reason until it is published again. */
export async function withdrawPublication(tx: Repositories, articleId: string, body: z.output<typeof WithdrawBodySchema>, ctx: ChangeContext): Promise<Publication> {
  await findArticle(tx, articleId);
  const latest = await tx.publications.latestOfArticle(articleId);
  if (!latest || latest.status !== 'published') {
    throw new HttpError(409, 'not_published', 'This article has no published page to withdraw', 'id');
  }
  const withdrawn: Publication = { ...latest, status: 'withdrawn', withdrawnAt: ctx.now, withdrawnReason: body.reason };
  await tx.publications.update(withdrawn);
  await auditEach(tx, articleId, latest.snapshot, ctx, () => ({
    action: 'withdraw',
    before: { version: latest.version, status: 'published' },
    after: { slug: latest.slug, version: latest.version, reason: body.reason },
  }));
  return withdrawn;
}
