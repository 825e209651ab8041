// W3C Web Annotation Data Model JSON-LD: an AnnotationCollection holding one `assessing` Annotation per claim, its target
// described by a TextQuoteSelector and a TextPositionSelector. The model counts positions in Unicode code points, the
// store in UTF-16 units: this is the edge where they are converted. Built whole, or written while its claims are read
// from the store (webAnnotationStream), the same text either way.
import type { Verdict } from '../schemas.ts';
import { utf16ToCodePointOffset } from '../text.ts';
import type { ReportClaim, ReportInput, ReportStream } from './report-input.ts';
import { BatchedArray, jsonChunks, jsonChunksAsync } from './json-chunks.ts';
import { articlePageUrl, claimUrl, indexReport, reportLookup, type ReportLookup } from './summary.ts';

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

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { id: string; type: 'Software'; name: string };
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

function annotationFor(input: Pick<ReportInput, 'baseUrl'>, claim: ReportClaim, text: string, articleUrl: string | null): WebAnnotation {
  const page = articlePageUrl(input.baseUrl, claim.articleId);
  const note = claim.note.trim();
  return {
    id: claimUrl(input.baseUrl, claim),
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
      source: articleUrl ?? page,
      ...(articleUrl && { scope: page }),
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

/**
 * The collection around `items`, which may be a lazy iterable of `count` annotations (see webAnnotationChunks) or a
 * BatchedArray of them (webAnnotationStream).
 */
function collectionOf<Items extends Iterable<WebAnnotation> | BatchedArray<WebAnnotation>>(
  input: Omit<ReportInput, 'claims'>,
  count: number,
  items: Items,
  collectionId?: string,
) {
  const id = collectionId ?? `${input.baseUrl.replace(/\/+$/, '')}/api/reports?format=webannotation`;
  return {
    '@context': ANNOTATION_CONTEXT as typeof ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection' as const,
    label: input.title,
    total: count,
    generated: input.generatedAt,
    generator: { id: input.baseUrl, type: 'Software' as const, name: 'Claimdesk' },
    ...(count > 0 && { first: { id: `${id.split('#')[0]}#page-1`, type: 'AnnotationPage' as const, startIndex: 0 as const, items } }),
  };
}

/** What makes one claim's annotation, its article looked up in `lookup`. */
function annotator(input: Pick<ReportInput, 'baseUrl'>, lookup: ReportLookup) {
  return (claim: ReportClaim): WebAnnotation => {
    const article = lookup.articleOf(claim);
    return annotationFor(input, claim, article.text, article.url && /^https?:\/\//i.test(article.url) ? article.url : null);
  };
}

/**
 * Builds the collection. `collectionId` names it (default: the Web Annotation export URL under `baseUrl`); its single
 * page is embedded as `first`, as in the model's own example of a small collection.
 */
export function buildWebAnnotations(input: ReportInput, collectionId?: string): AnnotationCollection {
  const index = indexReport(input);
  return collectionOf(input, index.claims.length, index.claims.map(annotator(input, index)), collectionId);
}

/**
 * The collection's JSON text in chunks, each annotation built as it is written: the export streamed. Nothing is
 * built before the first chunk is asked for.
 */
export function* webAnnotationChunks(input: ReportInput, collectionId?: string): Generator<string> {
  const index = indexReport(input);
  const annotate = annotator(input, index);
  const annotations = (function* () {
    for (const claim of index.claims) yield annotate(claim);
  })();
  // Depth 4: the collection, `first`, its `items`, and each annotation whole.
  yield* jsonChunks(collectionOf(input, index.claims.length, annotations, collectionId), 4);
}

/**
 * webAnnotationChunks of a report whose claims are read as it is written: the same text, one chunk per annotation;
 * the total is the input's claimCount, stated before them.
 */
export async function* webAnnotationStream(input: ReportStream, collectionId?: string): AsyncGenerator<string> {
  const annotate = annotator(input, reportLookup(input.articles, input.sources));
  const annotations = new BatchedArray(input.claims).map(function* (claims) {
    for (const claim of claims) yield annotate(claim);
  });
  yield* jsonChunksAsync(collectionOf(input, input.claimCount, annotations, collectionId), 4);
}
