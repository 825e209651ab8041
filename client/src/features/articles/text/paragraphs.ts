// Cuts an article into paragraphs (its lines) of segments: sentences and the gaps between them, by offset.
import type { Sentence } from '@domain/schemas.ts';

export interface Segment {
  start: number;
  end: number;
  /** The sentence's index, or null for text between sentences. */
  sentence: number | null;
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** Every character of every non-empty line lands in exactly one segment; `\n` itself is in none. */
export function buildParagraphs(text: string, sentences: readonly Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  // Sentences are in text order: each line starts looking at the first sentence not ending before it, so the
  // whole walk is linear rather than lines × sentences (thousands of each in a long article, issue 7).
  let first = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    while (first < sentences.length && sentences[first]!.end <= lineStart) first++;
    if (line.trim().length > 0) {
      const segments: Segment[] = [];
      let cursor = lineStart;
      for (let i = first; i < sentences.length && sentences[i]!.start < lineEnd; i++) {
        const s = sentences[i]!;
        const start = Math.max(s.start, lineStart);
        const end = Math.min(s.end, lineEnd);
        if (end <= start || end <= cursor) continue;
        if (start > cursor) segments.push({ start: cursor, end: start, sentence: null });
        segments.push({ start: Math.max(start, cursor), end, sentence: s.index });
        cursor = end;
      }
      if (cursor < lineEnd) segments.push({ start: cursor, end: lineEnd, sentence: null });
      paragraphs.push({ start: lineStart, end: lineEnd, segments });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
