// The article's heading: title, outlet, date and language, isolated so mixed directions read right.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Article } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';

export function ArticleMeta({ article }: { article: Article }) {
  const { t } = useTranslation('articles');
  const format = useFormat();
  return (
    <header className="article-head">
      <h1 dir="auto">{article.title}</h1>
      <p className="meta">
        {article.outlet && <bdi>{article.outlet}</bdi>}
        {article.publishedAt && <time dateTime={article.publishedAt}>{format.day(article.publishedAt)}</time>}
        <span>{t(`meta.language.${article.direction}`, { language: format.languageName(article.language) })}</span>
        {article.url && (
          <a href={article.url} target="_blank" rel="noreferrer noopener">
            {t('meta.original')}
          </a>
        )}
        <Link href={`/export?articleId=${encodeURIComponent(article.id)}`}>{t('meta.export')}</Link>
      </p>
    </header>
  );
}
