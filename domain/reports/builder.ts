// What a text export format's builder module gives the format registry (formats.ts): its builder, whole and, for a
// streamed format, in chunks. Kept apart from the registry so that a builder module does not import the registry that
// loads it.
import type { ReportInput, ReportStream } from './report-input.ts';

/** How a text format is made: whole, and (for a streamed format) in chunks from a whole input and from a stream of claims. */
export interface TextBuilder {
  build: (input: ReportInput) => string;
  streamed?: StreamedParts;
}

/** A streamed format's text made as it is asked for: from a whole input, and from claims still being read from the store. */
export interface StreamedParts {
  chunks: (input: ReportInput) => Iterable<string>;
  stream: (input: ReportStream) => AsyncIterable<string>;
}

/** The builder of a streamed format: its whole text is its chunks joined. */
export function streamedBuilder(parts: StreamedParts): TextBuilder & { streamed: StreamedParts } {
  return { build: (input) => [...parts.chunks(input)].join(''), streamed: parts };
}

/** A format's builder module: what `load` imports. */
export interface BuilderModule {
  builder: TextBuilder;
}
