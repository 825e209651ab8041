// W3C Web Annotation Data Model JSON-LD: an AnnotationCollection holding one `assessing` Annotation per claim, its target
// described by a TextQuoteSelector and a TextPositionSelector, its creator the fact-checker; an approved claim's is
// followed by a `moderating` Annotation of it by the approving editor. The model counts positions in Unicode code
// points, the store in UTF-16 units: this is the edge where they are converted. Built whole, or written while its
// claims are read from the store (webAnnotationStream), the same text either way.
import type { Verdict } from '../schemas.ts';
import { utf16ToCodePointOffset } from '../text.ts';
import type { ReportClaim, ReportInput, ReportStream } from './report-input.ts';
import { claimAnnotationId, exportPageId, inputExportId } from './export-id.ts';
import { BatchedArray, jsonChunks, jsonChunksAsync } from './json-chunks.ts';
import { articlePageUrl, claimUrl, indexReport, reportLookup, type ReportLookup } from './summary.ts';
import { streamedBuilder } from './builder.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format: 'text/plain';
}

export interface LinkingBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string | { id: string; label: string };
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body: [TextualBody & { value: Verdict }, ...(TextualBody | LinkingBody)[]];
  target: {
    source: string;
    /** The Claimdesk page the claim was made on, when `source` is the original article. */
    scope?: string;
    /** Alternatives describing the same text, the quote first as it survives edits best. */
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** The editor's approval of a claim's assessment: an annotation of the annotation (model §3.3.5, `moderating`). */
export interface ModeratingAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'moderating';
  created: string;
  creator?: { type: 'Person'; name: string };
  body: TextualBody & { value: 'approved' };
  /** The `assessing` annotation's id. */
  target: string;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { id?: string; type: 'Software'; name: string };
  first?: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: (WebAnnotation | ModeratingAnnotation)[] };
}

const isAbsolute = (url: string) => /^https?:\/\//i.test(url);

function annotationFor(input: Pick<ReportInput, 'baseUrl'>, claim: ReportClaim, text: string, articleUrl: string | null): WebAnnotation {
  const page = articlePageUrl(input.baseUrl, claim.articleId);
  const note = claim.note.trim();
  return {
    // The claim's address when Claimdesk has a public one; an id must be an absolute IRI, never a bare path.
    id: isAbsolute(input.baseUrl) ? claimUrl(input.baseUrl, claim) : claimAnnotationId(claim, 'assessing'),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...(claim.checkedBy && { creator: { type: 'Person', name: claim.checkedBy } }),
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: claim.verdict, format: 'text/plain' },
      ...(note ? [{ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' } as const] : []),
      ...claim.evidence.map(
        (e): LinkingBody => ({ type: 'SpecificResource', purpose: 'linking', source: e.title ? { id: e.url, label: e.title } : e.url }),
      ),
    ],
    target: {
      source: articleUrl ?? (isAbsolute(page) ? page : `urn:claimdesk:article:${encodeURIComponent(claim.articleId)}`),
      ...(articleUrl && isAbsolute(page) && { scope: page }),
      selector: [
        { type: 'TextQuoteSelector', exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix },
        {
          type: 'TextPositionSelector',
          start: utf16ToCodePointOffset(text, claim.start),
          end: utf16ToCodePointOffset(text, claim.end),
        },
      ],
    },
  };
}

/** The approval of `claim`, whose assessing annotation is `assessed`, when an editor approved it. */
function moderationOf(claim: ReportClaim, assessed: WebAnnotation): ModeratingAnnotation | null {
  if (claim.reviewState !== 'approved' || !claim.approvedAt) return null;
  return {
    id: claimAnnotationId(claim, 'moderating'),
    type: 'Annotation',
    motivation: 'moderating',
    created: claim.approvedAt,
    ...(claim.approvedBy && { creator: { type: 'Person', name: claim.approvedBy } }),
    body: { type: 'TextualBody', purpose: 'tagging', value: 'approved', format: 'text/plain' },
    target: assessed.id,
  };
}

type Item = WebAnnotation | ModeratingAnnotation;

/** How many annotations `claims` make: one each, and one more for each approval. */
const annotationCount = (claims: readonly ReportClaim[]) => claims.length + claims.filter((c) => c.reviewState === 'approved' && c.approvedAt).length;

/**
 * The collection `id` around `items`, which may be a lazy iterable of `count` annotations (see webAnnotationChunks)
 * or a BatchedArray of them (webAnnotationStream). Its one page has its own id, derived from the collection's.
 */
function collectionOf<Items extends Iterable<Item> | BatchedArray<Item>>(input: Omit<ReportInput, 'claims'>, count: number, items: Items, id: string) {
  return {
    '@context': ANNOTATION_CONTEXT as typeof ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection' as const,
    label: input.title,
    total: count,
    generated: input.generatedAt,
    generator: { ...(isAbsolute(input.baseUrl) && { id: input.baseUrl }), type: 'Software' as const, name: 'Claimdesk' },
    ...(count > 0 && { first: { id: exportPageId(id, 1), type: 'AnnotationPage' as const, partOf: id, startIndex: 0 as const, items } }),
  };
}

/** What makes one claim's annotations (its assessment, then its approval), its article looked up in `lookup`. */
function annotator(input: Pick<ReportInput, 'baseUrl'>, lookup: ReportLookup) {
  return function* (claim: ReportClaim): Generator<Item> {
    const article = lookup.articleOf(claim);
    const assessed = annotationFor(input, claim, article.text, article.url && isAbsolute(article.url) ? article.url : null);
    yield assessed;
    const moderation = moderationOf(claim, assessed);
    if (moderation) yield moderation;
  };
}

/**
 * Builds the collection. `collectionId` names it (default: the input's export id, see export-id.ts); its single page
 * is embedded as `first`, as in the model's own example of a small collection.
 */
export function buildWebAnnotations(input: ReportInput, collectionId?: string): AnnotationCollection {
  const index = indexReport(input);
  const annotate = annotator(input, index);
  const id = collectionId ?? inputExportId(input, 'webannotation');
  return collectionOf(input, annotationCount(index.claims), index.claims.flatMap((c) => [...annotate(c)]), id);
}

/**
 * The collection's JSON text in chunks, each annotation built as it is written: the export streamed. Nothing is
 * built before the first chunk is asked for.
 */
export function* webAnnotationChunks(input: ReportInput, collectionId?: string): Generator<string> {
  const index = indexReport(input);
  const annotate = annotator(input, index);
  const annotations = (function* () {
    for (const claim of index.claims) yield* annotate(claim);
  })();
  const id = collectionId ?? inputExportId(input, 'webannotation');
  // Depth 4: the collection, `first`, its `items`, and each annotation whole.
  yield* jsonChunks(collectionOf(input, annotationCount(index.claims), annotations, id), 4);
}

/**
 * webAnnotationChunks of a report whose claims are read as it is written: the same text, one chunk per annotation;
 * the total (claimCount plus approvedCount) is stated before them.
 */
export async function* webAnnotationStream(input: ReportStream, collectionId?: string): AsyncGenerator<string> {
  const annotate = annotator(input, reportLookup(input.articles, input.sources));
  const annotations = new BatchedArray(input.claims).map(function* (claims) {
    for (const claim of claims) yield* annotate(claim);
  });
  yield* jsonChunksAsync(collectionOf(input, input.claimCount + input.approvedCount, annotations, collectionId ?? input.exportId), 4);
}

/** The Web Annotation export's builder, for the format registry (formats.ts). */
export const builder = streamedBuilder({ chunks: (input) => webAnnotationChunks(input), stream: (input) => webAnnotationStream(input) });
