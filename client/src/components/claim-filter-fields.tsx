// The filters of claims across articles — verdict, review state, source, article, fact-checker, dates — shared by the
// review queue and the export screen. Each screen keeps the values where it wants (the URL, a form).
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, Person, Source } from '@domain/schemas.ts';
import { REVIEW_STATES } from '@domain/schemas.ts';
import { sourceName } from '@domain/locales.ts';
import { DateField } from './date-field.tsx';
import { useFormat } from '../i18n/format.ts';
import { useRatingScale } from '../lib/queries/get-rating-scale.ts';
import { verdictOptions } from '../lib/verdict-view.ts';

export type ClaimFilterKey = 'verdict' | 'review' | 'sourceId' | 'articleId' | 'userId' | 'from' | 'to';

interface ClaimFilterFieldsProps {
  /** Prefix of the fields' ids, so that two screens never share one. */
  idPrefix: string;
  value: (key: ClaimFilterKey) => string;
  onChange: (key: ClaimFilterKey, value: string) => void;
  sources: readonly Source[];
  articles: readonly ArticleSummary[];
  people: readonly Person[];
  /** The option that shows every verdict: its value and its (translated) label. */
  anyVerdict: { value: string; label: string };
  /** Offer "Me" among the fact-checkers. */
  offerMe?: boolean;
}

export function ClaimFilterFields({ idPrefix, value, onChange, sources, articles, people, anyVerdict, offerMe }: ClaimFilterFieldsProps) {
  const { t } = useTranslation(['claims', 'common']);
  const { language } = useFormat();
  const scale = useRatingScale();
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
        t('field.verdict'),
        <>
          <option value={anyVerdict.value}>{anyVerdict.label}</option>
          {verdictOptions(scale, language).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </>,
      )}
      {choice(
        'review',
        t('field.review'),
        <>
          <option value="">{t('filterFields.anyReview')}</option>
          {REVIEW_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`common:reviewState.${s}`)}
            </option>
          ))}
        </>,
      )}
      {choice('sourceId', t('field.source'), [
        <option key="" value="">{t('filterFields.anySource')}</option>,
        ...sources.map((s) => <option key={s.id} value={s.id} dir="auto">{sourceName(s, language)}</option>),
      ])}
      {choice('articleId', t('field.article'), [
        <option key="" value="">{t('filterFields.anyArticle')}</option>,
        ...articles.map((a) => <option key={a.id} value={a.id} dir="auto">{a.title}</option>),
      ])}
      {choice('userId', t('field.factChecker'), [
        <option key="" value="">{t('filterFields.anyone')}</option>,
        ...(offerMe ? [<option key="me" value="me">{t('filterFields.me')}</option>] : []),
        ...people.map((p) => <option key={p.id} value={p.id} dir="auto">{p.displayName}</option>),
      ])}
      {(['from', 'to'] as const).map((key) => (
        <div key={key} className="filter-date">
          <label htmlFor={id(key)} id={`${id(key)}-label`}>
            {t(`filterFields.${key}`)}
          </label>
          <DateField id={id(key)} value={value(key)} onChange={(day) => onChange(key, day)} />
        </div>
      ))}
    </>
  );
}
