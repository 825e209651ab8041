// The JSON export: the claims in scope with their articles (text included, so offsets can be checked) and the sources
// they cite, exactly as the contract in domain/schemas.ts defines them; built whole, or written while its claims are
// read from the store (jsonReportStream), the same text either way.
import { z } from 'zod';
import { ArticleSchema, HttpUrlSchema, SourceSchema, TimestampSchema, type Source } from '../schemas.ts';
import { RatingScaleBodySchema, scaleBody } from '../rating-scale.ts';
import { ReportClaimSchema, reportScale, type ReportInput, type ReportStream } from './report-input.ts';
import { BatchedArray, jsonChunks, jsonChunksAsync } from './json-chunks.ts';
import { indexReport } from './summary.ts';
import { streamedBuilder } from './builder.ts';

export const REPORT_JSON_FORMAT_VERSION = 1;

/** The shape of the JSON export; a reader can validate a file with it. */
export const ReportJsonSchema = z.object({
  formatVersion: z.literal(REPORT_JSON_FORMAT_VERSION),
  title: z.string(),
  scope: z.string(),
  generatedAt: TimestampSchema,
  newsroom: z.object({ name: z.string().min(1), url: HttpUrlSchema.nullable() }),
  /** The desk's rating scale: what each claim's `verdict` key means (names, colour, sign, rating). */
  ratingScale: RatingScaleBodySchema,
  articles: z.array(ArticleSchema),
  sources: z.array(SourceSchema),
  claims: z.array(ReportClaimSchema),
});
export type ReportJson = z.infer<typeof ReportJsonSchema>;

/** The document around `claims` (an array, or a BatchedArray written as it is read): one key order for both. */
function documentOf<Claims>(input: Omit<ReportInput, 'claims' | 'sources'>, sources: Source[], claims: Claims) {
  return {
    formatVersion: REPORT_JSON_FORMAT_VERSION,
    title: input.title,
    scope: input.scope,
    generatedAt: input.generatedAt,
    newsroom: { name: input.newsroom.name, url: input.newsroom.url ?? null },
    ratingScale: scaleBody(reportScale(input)),
    articles: input.articles,
    sources,
    claims,
  } as const;
}

/** Builds the JSON document (serialise it with `JSON.stringify`); claims in reading order, only the sources they cite. */
export function buildJson(input: ReportInput): ReportJson {
  const index = indexReport(input);
  return documentOf(input, index.sources, index.claims);
}

/**
 * The JSON export's text in chunks (one per article and per claim), as `JSON.stringify(doc, null, 2)` writes it; the
 * document is put together when the first chunk is asked for, not when this is called.
 */
export function* jsonReportChunks(input: ReportInput): Generator<string> {
  yield* jsonChunks(buildJson(input), 2);
}

/** jsonReportChunks of a report whose claims are read as it is written: the same text, one chunk per claim. */
export async function* jsonReportStream(input: ReportStream): AsyncGenerator<string> {
  yield* jsonChunksAsync(documentOf(input, input.sources, new BatchedArray(input.claims)), 2);
}

/** The JSON export's builder, for the format registry (formats.ts). */
export const builder = streamedBuilder({ chunks: jsonReportChunks, stream: jsonReportStream });
