// The article's heading: title, outlet, date and language, isolated so mixed directions read right.
import { Link } from 'wouter';
import type { Article } from '../../../../../domain/schemas.ts';
import { formatDate, languageName } from '../format.ts';

export function ArticleMeta({ article }: { article: Article }) {
  return (
    <header className="article-head">
      <h1 dir="auto">{article.title}</h1>
      <p className="meta">
        {article.outlet && <bdi>{article.outlet}</bdi>}
        {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>}
        <span>
          {languageName(article.language)} · {article.direction === 'rtl' ? 'right to left' : 'left to right'}
        </span>
        {article.url && (
          <a href={article.url} target="_blank" rel="noreferrer noopener">
            Original
          </a>
        )}
        <Link href={`/export?articleId=${encodeURIComponent(article.id)}`}>Export report</Link>
      </p>
    </header>
  );
}
