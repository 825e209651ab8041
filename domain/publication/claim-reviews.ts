// The ClaimReview of each claim on a public page (issue 15, items 3 and 6): built by domain/reports/claimreview.ts
// from the frozen snapshot, its `url` the page's `#claim-<n>`, `dateModified` the day of the latest correction. The
// page embeds them, and the ClaimReview export carries the very same ones (publicClaimReviews).
import { uiLanguageOf, type UiLanguage } from '../locales.ts';
import { claimReviewLd, type ClaimReviewLd } from '../reports/claimreview.ts';
import type { PublicClaimReviews } from '../reports/report-input.ts';
import type { Publication, Settings } from '../schemas.ts';
import { lastCorrectionDay } from './snapshot.ts';
import { publicClaimUrl } from './urls.ts';

/** The settings a public page is built with: the newsroom may publish, so the base URL is set. */
export type PublishingSettings = Settings & { publicBaseUrl: string };

/** The interface language a page's words are in: the article's when Claimdesk speaks it, else the default. */
export function pageLanguage(publication: Pick<Publication, 'snapshot'>, settings: Pick<Settings, 'defaultReportLanguage'>): UiLanguage {
  return uiLanguageOf(publication.snapshot.article.language) ?? settings.defaultReportLanguage;
}

/** The newsroom's name in `language`, else its main name. */
export function newsroomNameIn(settings: Pick<Settings, 'newsroomName' | 'newsroomNames'>, language: UiLanguage): string {
  return settings.newsroomNames[language] ?? settings.newsroomName;
}

/** One ClaimReview per published claim, in page order. */
export function publicationClaimReviews(publication: Publication, settings: PublishingSettings): ClaimReviewLd[] {
  const { snapshot, slug } = publication;
  const language = pageLanguage(publication, settings);
  const modified = lastCorrectionDay(publication);
  return snapshot.claims.map((claim) =>
    claimReviewLd({
      url: publicClaimUrl(settings.publicBaseUrl, slug, claim.n),
      quote: claim.quote,
      language: snapshot.article.language,
      datePublished: snapshot.firstPublishedAt.slice(0, 10),
      ...(modified && { dateModified: modified }),
      newsroom: { name: newsroomNameIn(settings, language), url: settings.newsroomUrl ?? settings.publicBaseUrl },
      checkedBy: claim.checkedBy,
      approvedBy: claim.approvedBy,
      // As frozen when published: the rating and its range, named in the page's language.
      rating: {
        value: claim.verdict.rating.value,
        worstRating: claim.verdict.worstRating,
        bestRating: claim.verdict.bestRating,
        alternateName: claim.verdict.rating.alternateName[language],
      },
      source: claim.source,
      article: snapshot.article,
    }),
  );
}

/**
 * Claim id → the ClaimReview its page embeds, for every claim of the publications that are live (published, not
 * withdrawn): what a ClaimReview export carries for the claims of its scope, and nothing for any other claim.
 */
export function publicClaimReviews(publications: readonly Publication[], settings: PublishingSettings): PublicClaimReviews {
  // No prototype: a claim id is a key of its own, whatever it spells ("__proto__" is a valid id).
  const reviews: PublicClaimReviews = Object.create(null) as PublicClaimReviews;
  for (const publication of publications) {
    if (publication.status !== 'published') continue;
    const onPage = publicationClaimReviews(publication, settings);
    publication.snapshot.claims.forEach((claim, i) => (reviews[claim.claimId] = onPage[i]!));
  }
  return reviews;
}
