// Freezing a publication (issue 15, items 3 and 4): an article's approved claims, with their credits and source
// names, as its public page will show them until the next version; and which verdicts a new version changes.
import { sourceName } from '../locales.ts';
import { freezeVerdict, type RatingScaleBody } from '../rating-scale.ts';
import type { ReportClaim } from '../reports/report-input.ts';
import type { Article, Publication, PublicationSnapshot, PublishedClaim, Source } from '../schemas.ts';

/** The claims a page publishes: approved, with a verdict the scale rates (publishable: not unreviewed). */
export function publishableClaims<C extends ReportClaim>(claims: readonly C[], scale: RatingScaleBody): C[] {
  return claims.filter((c) => c.deletedAt === null && c.review.state === 'approved' && freezeVerdict(scale, c.verdict) !== undefined);
}

/**
 * The snapshot of `article` with `claims` (approved, in text order, with credits), numbered so that a claim keeps its
 * `#claim-<n>` across versions: the numbers of `previous`, then new ones after the highest ever given. Each verdict
 * is frozen from `scale` (names, sign, colour, rating): later edits of the scale change no published page.
 */
export function buildSnapshot(
  article: Article,
  claims: readonly ReportClaim[],
  sources: ReadonlyMap<string, Source>,
  now: string,
  scale: RatingScaleBody,
  previous?: PublicationSnapshot,
): PublicationSnapshot {
  const numbers = new Map(previous?.claims.map((c) => [c.claimId, c.n]));
  let next = Math.max(0, ...numbers.values());
  const published: PublishedClaim[] = publishableClaims(claims, scale).map((claim) => {
    const source = sources.get(claim.sourceId);
    const n = numbers.get(claim.id) ?? ++next;
    return {
      claimId: claim.id,
      n,
      quote: claim.quote.exact,
      source: source ? { name: source.name, localName: sourceName(source, article.language), ...(source.kind && { kind: source.kind }), ...(source.sameAs && { sameAs: source.sameAs }) } : null,
      verdict: freezeVerdict(scale, claim.verdict)!,
      note: claim.note,
      evidence: claim.evidence,
      checkedBy: claim.checkedBy ?? null,
      approvedBy: claim.approvedBy ?? null,
      approvedAt: claim.approvedAt ?? null,
    };
  });
  return {
    article: { title: article.title, outlet: article.outlet, url: article.url, language: article.language, direction: article.direction, publishedAt: article.publishedAt },
    claims: published,
    firstPublishedAt: previous?.firstPublishedAt ?? now,
  };
}

/** The claims whose verdict differs (by key) between the previous version and this one (those in both). */
export function changedVerdicts(previous: PublicationSnapshot | undefined, next: PublicationSnapshot): PublishedClaim[] {
  if (!previous) return [];
  const before = new Map(previous.claims.map((c) => [c.claimId, c.verdict.key]));
  return next.claims.filter((c) => before.has(c.claimId) && before.get(c.claimId) !== c.verdict.key);
}

/** The day (`YYYY-MM-DD`) of a publication's latest correction: ClaimReview's dateModified. */
export function lastCorrectionDay(publication: Pick<Publication, 'corrections'>): string | undefined {
  return publication.corrections.at(-1)?.date.slice(0, 10);
}
