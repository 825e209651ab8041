// Home: every article with its outlet, date, language and a bar of its claims by verdict.
import { Link } from 'wouter';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useArticles } from '../api/get-articles.ts';
import { formatDate, languageName } from '../format.ts';
import { VerdictBar } from './verdict-bar.tsx';

export function ArticleList() {
  const { data: articles, isPending, error, refetch } = useArticles();
  if (isPending) return <StatusMessage>Loading articles…</StatusMessage>;
  if (error) {
    return (
      <StatusMessage tone="error" title="The articles could not be loaded">
        {error.message}{' '}
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </StatusMessage>
    );
  }
  return (
    <main className="home">
      <div className="home-head">
        <h1>Articles</h1>
        <Link href="/articles/new" className="button-link">
          Add article
        </Link>
      </div>
      {articles.length === 0 ? (
        <StatusMessage title="No articles yet">
          <Link href="/articles/new">Add an article</Link>: paste its text or choose a file, and it will appear here,
          ready to annotate.
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
                  {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>}
                  <span>{languageName(article.language)}</span>
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
