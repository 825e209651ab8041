// The sentences the server will store, numbered and in the text's own direction, refreshed as the input changes.
import type { Direction, Sentence } from '../../../../../domain/schemas.ts';

interface SentencePreviewProps {
  sentences: readonly Sentence[] | undefined;
  language: string | undefined;
  direction: Direction | undefined;
  busy: boolean;
}

export function SentencePreview({ sentences, language, direction, busy }: SentencePreviewProps) {
  return (
    <section aria-labelledby="intake-preview-heading" aria-busy={busy} className="intake-preview">
      <div className="section-head">
        <h2 id="intake-preview-heading">Preview</h2>
        {busy ? (
          <span className="preview-progress" role="status">
            <progress aria-label="Updating the preview" /> Reading the text…
          </span>
        ) : (
          sentences && <span className="count">{sentences.length === 1 ? '1 sentence' : `${sentences.length} sentences`}</span>
        )}
      </div>
      {sentences ? (
        <ol className="sentence-preview" aria-label="Sentences" dir={direction} lang={language}>
          {sentences.map((s) => (
            <li key={s.index}>{s.text.trim()}</li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">The article's sentences appear here as you paste its text or choose a file.</p>
      )}
    </section>
  );
}
