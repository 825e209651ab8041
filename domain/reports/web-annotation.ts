// W3C Web Annotation Data Model JSON-LD: an AnnotationCollection holding one `assessing` Annotation per claim, its target
// described by a TextQuoteSelector and a TextPositionSelector. The model counts positions in Unicode code points, the
// store in UTF-16 units: this is the edge where they are converted.
import type { Verdict } from '../schemas.ts';
import { utf16ToCodePointOffset } from '../text.ts';
import type { ReportClaim, ReportInput } from './report-input.ts';
import { jsonChunks } from './json-chunks.ts';
import { articlePageUrl, claimUrl, indexReport, type ReportIndex } from './summary.ts';

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

function annotationFor(input: ReportInput, claim: ReportClaim, text: string, articleUrl: string | null): WebAnnotation {
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

/** The collection around `items`, which may be a lazy iterable of `count` annotations (see webAnnotationChunks). */
function collectionOf<Items extends Iterable<WebAnnotation>>(input: ReportInput, count: number, items: Items, collectionId?: string) {
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

function* annotationsOf(input: ReportInput, index: ReportIndex): Generator<WebAnnotation> {
  for (const claim of index.claims) {
    const article = index.articleOf(claim);
    yield annotationFor(input, claim, article.text, article.url && /^https?:\/\//i.test(article.url) ? article.url : null);
  }
}

/**
 * Builds the collection. `collectionId` names it (default: the Web Annotation export URL under `baseUrl`); its single
 * page is embedded as `first`, as in the model's own example of a small collection.
 */
export function buildWebAnnotations(input: ReportInput, collectionId?: string): AnnotationCollection {
  const index = indexReport(input);
  return collectionOf(input, index.claims.length, [...annotationsOf(input, index)], collectionId);
}

/**
 * The collection's JSON text in chunks, each annotation built as it is written: the export streamed. Nothing is
 * built before the first chunk is asked for.
 */
export function* webAnnotationChunks(input: ReportInput, collectionId?: string): Generator<string> {
  const index = indexReport(input);
  // Depth 4: the collection, `first`, its `items`, and each annotation whole.
  yield* jsonChunks(collectionOf(input, index.claims.length, annotationsOf(input, index), collectionId), 4);
}
