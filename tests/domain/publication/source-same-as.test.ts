// Issue 15, item 6 with issue 17's directory: ClaimReview's `itemReviewed.author` names the source with the sameAs link
// the newsroom gave it, in a publication's ClaimReview (which the export carries), its frozen snapshot keeping the link.
import { describe, expect, it } from 'vitest';
import { publicationClaimReviews } from '../../../domain/publication/claim-reviews.ts';
import { buildSnapshot } from '../../../domain/publication/snapshot.ts';
import { buildClaimReviews } from '../../../domain/reports/claimreview.ts';
import { DEFAULT_RATING_SCALE } from '../../../domain/rating-scale.ts';
import type { Source } from '../../../domain/schemas.ts';
import { buildReportInput, demoArticle, demoSources } from '../reports/build-report-input.ts';
import { buildPublication, publishedInput, settings } from './build-publication.ts';

const KREMLIN_SAME_AS = 'https://en.wikipedia.org/wiki/Presidential_Administration_of_Russia';

describe("the source's sameAs in ClaimReview", () => {
  it("carries it as itemReviewed.author.sameAs when the source had one when published, and leaves it out when not", () => {
    const input = buildReportInput();
    const kremlinClaim = input.claims.find((c) => c.sourceId === 'kremlin' && c.verdict !== 'unreviewed');
    const withLink = buildClaimReviews(publishedInput(input)).find((r) => r.itemReviewed.text === kremlinClaim?.quote.exact);
    expect(withLink?.itemReviewed.author).toMatchObject({ name: 'Kremlin', sameAs: KREMLIN_SAME_AS });

    const sources = demoSources().map(({ sameAs: _dropped, ...s }): Source => s);
    const without = buildClaimReviews(publishedInput({ ...input, sources }));
    expect(without).toHaveLength(2);
    for (const review of without) expect(review.itemReviewed.author).not.toHaveProperty('sameAs');
  });

  it('freezes it into a published snapshot, so the public page carries it until republished', () => {
    const input = buildReportInput({ articles: [demoArticle()] });
    const reviewed = input.claims.map((c) => ({ ...c, review: { ...c.review, state: 'approved' as const } }));
    const snapshot = buildSnapshot(input.articles[0]!, reviewed, new Map(demoSources().map((s) => [s.id, s])), '2026-12-01T09:00:00.000Z', DEFAULT_RATING_SCALE);
    const kremlin = snapshot.claims.find((c) => c.source?.name === 'Kremlin');
    expect(kremlin?.source?.sameAs).toBe(KREMLIN_SAME_AS);

    const publication = buildPublication({ snapshot });
    const reviews = publicationClaimReviews(publication, settings);
    const review = reviews.find((r) => r.itemReviewed.author?.name === 'Kremlin');
    expect(review?.itemReviewed.author?.sameAs).toBe(KREMLIN_SAME_AS);
  });
});
