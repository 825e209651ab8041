// Home: every article with its outlet, date, language and a bar of its claims by verdict.
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useArticles } from '../../../lib/queries/get-articles.ts';
import { VerdictBar } from './verdict-bar.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

export function ArticleList() {
  const { t } = useTranslation(['articles', 'common']);
  useDocumentTitle(t('list.heading'));
  const format = useFormat();
  const errorText = useErrorText();
  const { data: articles, isPending, error, refetch } = useArticles();
  if (isPending) return <StatusMessage>{t('list.loading')}</StatusMessage>;
  if (error) {
    return (
      <StatusMessage tone="error" title={t('list.loadFailed')}>
        {errorText(error)}{' '}
        <button type="button" onClick={() => void refetch()}>
          {t('common:status.retry')}
        </button>
      </StatusMessage>
    );
  }
  return (
    <main className="home">
      <div className="home-head">
        <h1>{t('list.heading')}</h1>
        <Link href="/articles/new" className="button-link">
          {t('list.add')}
        </Link>
      </div>
      {articles.length === 0 ? (
        <StatusMessage title={t('list.emptyTitle')}>
          <Trans t={t} i18nKey="list.empty" components={{ link: <Link href="/articles/new" /> }} />
        </StatusMessage>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id} className="article-row">
              <div className="article-row-main">
                <Link href={`/articles/${article.id}`} className="article-title" dir="auto">
                  {article.title}
                </Link>
                <p className="meta">
                  {article.outlet && <bdi>{article.outlet}</bdi>}
                  {article.publishedAt && <time dateTime={article.publishedAt}>{format.day(article.publishedAt)}</time>}
                  <span>{format.languageName(article.language)}</span>
                </p>
              </div>
              <VerdictBar counts={article.claimCounts} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
