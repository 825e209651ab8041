// The one place where sizes and counts are bounded: the server validates with these, the forms use them too.
export const LIMITS = {
  /** Longest article text, in UTF-16 code units. */
  articleText: 200_000,
  title: 300,
  outlet: 200,
  url: 2_000,
  language: 35,
  sourceName: 200,
  sourceAliases: 50,
  alias: 200,
  sourceKind: 60,
  /** People attached to one source, and institutions under it (issue 17, item 1). */
  sourcePeople: 100,
  sourceInstitutions: 50,
  /** A role phrase ("Prime Minister of Armenia"), in one language. */
  rolePhrase: 200,
  /** Longest ISO 3166-1 code a government's country is given by. */
  country: 2,
  note: 5_000,
  evidenceItems: 20,
  evidenceTitle: 300,
  evidenceNote: 1_000,
  /** Characters kept on each side of a claim's quote, as in Hypothesis's TextQuoteSelector. */
  quoteContext: 32,
  /** Longest HTML page accepted for intake, in UTF-16 code units. */
  html: 900_000,
  /** Deepest nesting of elements in that page (news pages stay under 60); deeper ones get 422 before being read. */
  htmlDepth: 256,
  /** Most elements in that page (an article page holds a few thousand); more get 422 before being read. */
  htmlElements: 30_000,
  /** Largest JSON body accepted, in bytes; larger ones get 413 before parsing. */
  bodyBytes: 1_000_000,
  /** Deepest nesting of arrays and objects in a JSON body (ours need 4); deeper ones get 400 before parsing. */
  jsonDepth: 32,
  username: 40,
  displayName: 100,
  passwordMin: 10,
  passwordMax: 200,
  reviewComment: 2_000,
  /** Longest text searched for in the review queue (`q`). */
  searchQuery: 200,
  /** Most suggestions accepted or rejected in one request. */
  suggestionBatch: 1_000,
  /** Longest id accepted in a path or body. */
  id: 64,
  /** Claims in one page of the review queue and of "My claims" (GET /api/claims/page), by default and at most. */
  claimsPage: 50,
  claimsPageMax: 200,
  /** Furthest offset a page may start at: far beyond any store this tool is made for. */
  claimsOffsetMax: 10_000_000,
  /** Most claims in one PDF or publication package: a larger scope is downloaded in parts (`part=1…n`). */
  reportPartClaims: 500,
  /**
   * Reports that may be built at once: downloads per person (the export screen's preview aside), and reports on the
   * whole server (each can take a core and hundreds of megabytes for seconds).
   */
  exportsPerUser: 1,
  exportsPerServer: 3,
} as const;
