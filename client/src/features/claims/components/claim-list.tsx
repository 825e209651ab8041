// The article's claims as a listbox: pick one to select it and scroll the text to it.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Claim, Source } from '@domain/schemas.ts';
import { sourceName } from '@domain/locales.ts';
import { verdictOf } from '@domain/rating-scale.ts';
import { VerdictTag } from '../../../components/verdict-tag.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useRatingScale } from '../../../lib/queries/get-rating-scale.ts';
import { verdictStyle } from '../../../lib/verdict-view.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { ClaimFilters } from './claim-filters.tsx';

interface ClaimListProps {
  article: Article;
  claims: readonly Claim[];
  total: number;
  /** Each claim's number in reading order among all the article's claims, as the overlap notice names them. */
  numbers: ReadonlyMap<string, number>;
  sources: readonly Source[];
  onPick: (claim: Claim) => void;
}

export function ClaimList({ article, claims, total, numbers, sources, onPick }: ClaimListProps) {
  const scale = useRatingScale();
  const { t } = useTranslation(['claims', 'common']);
  const format = useFormat();
  const activeClaimId = useUiStore((s) => s.activeClaimId);
  const saves = useUiStore((s) => s.saves);
  const activeIndex = claims.findIndex((c) => c.id === activeClaimId);
  const sourceLabel = (id: string) => {
    const source = sources.find((s) => s.id === id);
    return source ? sourceName(source, format.language) : t('common:unknownSource');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = claims[Math.min(claims.length - 1, Math.max(0, activeIndex + step))];
    if (next) onPick(next);
  };

  return (
    <section aria-labelledby="claims-heading" className="panel-section claim-list-section">
      <div className="section-head">
        <h2 id="claims-heading">{t('list.heading')}</h2>
        <span className="count">
          {claims.length === total ? format.number(total) : t('list.shown', { shown: claims.length, total })}
        </span>
      </div>
      <ClaimFilters sources={sources} />
      {claims.length === 0 ? (
        <p className="empty-state">
          {total === 0 ? t('list.noneYet') : t('list.noMatch')}
        </p>
      ) : (
        <ul
          role="listbox"
          aria-label={t('list.label')}
          tabIndex={0}
          className="claim-list"
          aria-activedescendant={activeIndex >= 0 ? `claim-option-${claims[activeIndex]!.id}` : undefined}
          onKeyDown={onKeyDown}
        >
          {claims.map((claim) => (
            <li
              key={claim.id}
              id={`claim-option-${claim.id}`}
              role="option"
              aria-selected={claim.id === activeClaimId}
              className="claim-item"
              style={verdictStyle(verdictOf(scale, claim.verdict))}
              onClick={() => onPick(claim)}
            >
              <span className="claim-item-head">
                <span className="claim-number">{format.number(numbers.get(claim.id) ?? 0)}</span>
                <VerdictTag verdict={claim.verdict} />
                <bdi className="claim-source">{sourceLabel(claim.sourceId)}</bdi>
                {claim.review.state === 'returned' && <span className="claim-returned">{t('common:reviewState.returned')}</span>}
                {saves[claim.id]?.error && <span className="claim-unsaved">{t('save.notSaved')}</span>}
              </span>
              <bdi className="claim-quote" dir={article.direction} lang={article.language}>
                {claim.quote.exact}
              </bdi>
              {claim.review.state === 'returned' && claim.review.comment && (
                <span className="claim-note claim-return-note" dir="auto">
                  {claim.review.comment}
                </span>
              )}
              {claim.note && (
                <span className="claim-note" dir="auto">
                  {claim.note}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
