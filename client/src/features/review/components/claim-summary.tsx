// One claim away from its article (queue and "My claims"): the quote in its own direction, source, article, the
// fact-checker who made it, verdict, note, evidence and review, with a link that opens it in the workbench.
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sourceName } from '@domain/locales.ts';
import type { ArticleSummary, Claim, Source } from '@domain/schemas.ts';
import { VerdictTag } from '../../../components/verdict-tag.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { usePersonName } from '../../../lib/queries/get-people.ts';
import { ReviewStatus } from './review-status.tsx';

interface ClaimSummaryProps {
  claim: Claim;
  article: ArticleSummary | undefined;
  source: Source | undefined;
  headingId: string;
}

export function claimHref(claim: Claim): string {
  return `/articles/${encodeURIComponent(claim.articleId)}?claim=${encodeURIComponent(claim.id)}`;
}

/** A source by its name in the interface language, with its other name beside it (the Arabic one, or in Arabic the main one). */
export function SourceName({ source, fallback }: { source: Source | undefined; fallback: string }) {
  const { language } = useFormat();
  if (!source) return <bdi>{fallback}</bdi>;
  const name = sourceName(source, language);
  const otherIsArabic = language !== 'ar';
  const other = otherIsArabic ? source.names.ar : source.name;
  return (
    <>
      <bdi>{name}</bdi>
      {other && other !== name && (
        <>
          {' '}
          <bdi className="source-alt" lang={otherIsArabic ? 'ar' : undefined} dir={otherIsArabic ? 'rtl' : 'auto'}>
            {other}
          </bdi>
        </>
      )}
    </>
  );
}

export function ClaimSummary({ claim, article, source, headingId }: ClaimSummaryProps) {
  const { t } = useTranslation(['review', 'common']);
  const personName = usePersonName();
  return (
    <>
      <p className="queue-quote" id={headingId} dir={article?.direction ?? 'auto'} lang={article?.language}>
        {claim.quote.exact}
      </p>
      <p className="queue-meta">
        <VerdictTag verdict={claim.verdict} />
        <span>
          <SourceName source={source} fallback={claim.sourceId} />
        </span>
        <span>
          <Trans
            t={t}
            i18nKey="summary.inArticle"
            values={{ title: article?.title ?? claim.articleId }}
            components={{ article: <bdi className="queue-article" lang={article?.language} /> }}
          />
        </span>
        {/* The fact-checker is the claim's maker, as the queue's fact-checker filter (userId) reads it. */}
        <span className="queue-checker">
          <Trans t={t} i18nKey="summary.checker" values={{ name: personName(claim.createdBy) }} components={{ name: <bdi dir="auto" /> }} />
        </span>
        <Link href={claimHref(claim)}>{t('summary.open')}</Link>
      </p>
      {claim.note && (
        <p className="queue-note" dir="auto">
          {claim.note}
        </p>
      )}
      {claim.evidence.length > 0 && (
        <ul className="queue-evidence" aria-label={t('summary.evidence')}>
          {claim.evidence.map((e, i) => (
            <li key={`${i}-${e.url}`}>
              <a href={e.url} target="_blank" rel="noreferrer noopener" dir="auto">
                {e.title || e.url}
              </a>
            </li>
          ))}
        </ul>
      )}
      <ReviewStatus claim={claim} />
    </>
  );
}
