// The filters of claims across articles — verdict, review state, source, article, fact-checker, dates — shared by the
// review queue and the export screen. Each screen keeps the values where it wants (the URL, a form).
import type { ArticleSummary, Person, Source } from '../../../../../domain/schemas.ts';
import { REVIEW_STATES } from '../../../../../domain/schemas.ts';
import { REVIEW_LABELS } from '../../review/review-states.ts';
import { VERDICT_META, VERDICT_ORDER } from '../verdicts.ts';

export type ClaimFilterKey = 'verdict' | 'review' | 'sourceId' | 'articleId' | 'userId' | 'from' | 'to';

interface ClaimFilterFieldsProps {
  /** Prefix of the fields' ids, so that two screens never share one. */
  idPrefix: string;
  value: (key: ClaimFilterKey) => string;
  onChange: (key: ClaimFilterKey, value: string) => void;
  sources: readonly Source[];
  articles: readonly ArticleSummary[];
  people: readonly Person[];
  /** The option that shows every verdict: its value and its label. */
  anyVerdict: { value: string; label: string };
  /** Offer "Me" among the fact-checkers. */
  offerMe?: boolean;
}

export function ClaimFilterFields({ idPrefix, value, onChange, sources, articles, people, anyVerdict, offerMe }: ClaimFilterFieldsProps) {
  const id = (key: ClaimFilterKey) => `${idPrefix}-${key}`;
  const bind = (key: ClaimFilterKey) => ({ id: id(key), value: value(key), onChange: (e: { target: { value: string } }) => onChange(key, e.target.value) });
  const choice = (key: ClaimFilterKey, label: string, options: React.ReactNode) => (
    <div>
      <label htmlFor={id(key)}>{label}</label>
      <select {...bind(key)}>{options}</select>
    </div>
  );
  return (
    <>
      {choice(
        'verdict',
        'Verdict',
        <>
          <option value={anyVerdict.value}>{anyVerdict.label}</option>
          {VERDICT_ORDER.map((v) => (
            <option key={v} value={v}>
              {VERDICT_META[v].label}
            </option>
          ))}
        </>,
      )}
      {choice(
        'review',
        'Review',
        <>
          <option value="">Any review state</option>
          {REVIEW_STATES.map((s) => (
            <option key={s} value={s}>
              {REVIEW_LABELS[s]}
            </option>
          ))}
        </>,
      )}
      {choice('sourceId', 'Source', [<option key="" value="">Any source</option>, ...sources.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)])}
      {choice('articleId', 'Article', [<option key="" value="">Any article</option>, ...articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)])}
      {choice('userId', 'Fact-checker', [
        <option key="" value="">Anyone</option>,
        ...(offerMe ? [<option key="me" value="me">Me</option>] : []),
        ...people.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>),
      ])}
      <div>
        <label htmlFor={id('from')}>Changed from</label>
        <input type="date" {...bind('from')} max={value('to') || undefined} />
      </div>
      <div>
        <label htmlFor={id('to')}>Changed until</label>
        <input type="date" {...bind('to')} min={value('from') || undefined} />
      </div>
    </>
  );
}
