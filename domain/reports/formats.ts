// The export formats, each listed once (issue 18, item 2): its id (the `format` of GET /api/reports), media type,
// file extension, whether it is meant for publication (approved claims only by default, signed by the newsroom),
// whether it is printed and so comes in parts past LIMITS.reportPartClaims claims, and whether it is written while
// its claims are read from the store. The routes, the export form and the tests read this list; the server builds
// each format through server/reports/format-builders.ts, keyed by the same ids. Adding a format: its builder file,
// one entry here and one there (the types make the second one required).

export interface ReportFormatInfo {
  /** The Content-Type of the download. */
  mediaType: string;
  /** What the file name ends with, after the article and date. */
  extension: string;
  /** Meant for publication: only claims an editor approved unless `approved=all`, and the newsroom must be set up. */
  publication: boolean;
  /** Printed (by Chromium), so split into parts past LIMITS.reportPartClaims claims. */
  parted: boolean;
  /** Written as its claims are read from the store, a row or an item at a time. */
  streamed: boolean;
}

export const REPORT_FORMAT_REGISTRY = {
  html: { mediaType: 'text/html; charset=utf-8', extension: 'html', publication: false, parted: false, streamed: false },
  pdf: { mediaType: 'application/pdf', extension: 'pdf', publication: false, parted: true, streamed: false },
  csv: { mediaType: 'text/csv; charset=utf-8', extension: 'csv', publication: false, parted: false, streamed: true },
  json: { mediaType: 'application/json; charset=utf-8', extension: 'json', publication: false, parted: false, streamed: true },
  md: { mediaType: 'text/markdown; charset=utf-8', extension: 'md', publication: false, parted: false, streamed: false },
  claimreview: { mediaType: 'application/ld+json; charset=utf-8', extension: 'claimreview.jsonld', publication: true, parted: false, streamed: true },
  webannotation: {
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: 'annotations.jsonld',
    publication: false,
    parted: false,
    streamed: true,
  },
  package: { mediaType: 'application/zip', extension: 'zip', publication: true, parted: true, streamed: false },
} as const satisfies Record<string, ReportFormatInfo>;

export type ReportFormat = keyof typeof REPORT_FORMAT_REGISTRY;

/** Every format, in the order the export form offers them. */
export const REPORT_FORMATS = Object.keys(REPORT_FORMAT_REGISTRY) as [ReportFormat, ...ReportFormat[]];

const where = (flag: 'publication' | 'parted' | 'streamed') =>
  REPORT_FORMATS.filter((f) => (REPORT_FORMAT_REGISTRY[f] as ReportFormatInfo)[flag]);

/** Formats meant for publication: they hold only claims an editor approved unless `approved=all` is asked for. */
export const PUBLICATION_FORMATS: readonly ReportFormat[] = where('publication');
/** Formats whose files are printed, and so are split into parts. */
export const PARTED_FORMATS: readonly ReportFormat[] = where('parted');
/** Formats written while their claims are read from the store. */
export const STREAMED_FORMATS: readonly ReportFormat[] = where('streamed');

/**
 * The response header of a publication format's download: how many claims of its scope its ClaimReview leaves out,
 * because they are on no current public page (issue 15). The export form tells the user.
 */
export const UNPUBLISHED_CLAIMS_HEADER = 'X-Claimdesk-Unpublished-Claims';

/** What the registry says of `format`. */
export function formatInfo(format: ReportFormat): ReportFormatInfo {
  return REPORT_FORMAT_REGISTRY[format];
}
