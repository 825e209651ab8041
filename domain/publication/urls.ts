// Public addresses (issue 15, item 5): always on the newsroom's public base URL, never on the request's host.
/** The public page of a publication: `<base>/v/<slug>`. */
export function publicPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v/${encodeURIComponent(slug)}`;
}

/** One claim on its public page: `<base>/v/<slug>#claim-<n>`. */
export function publicClaimUrl(baseUrl: string, slug: string, n: number): string {
  return `${publicPageUrl(baseUrl, slug)}#claim-${n}`;
}

/** The public index of published fact-checks and its Atom feed. */
export const publicIndexUrl = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/v/`;
export const publicFeedUrl = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/v/feed.atom`;
