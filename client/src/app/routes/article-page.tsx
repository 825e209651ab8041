// The workbench for one article: the text beside the claims panel, with the page's keys and dialogs. It composes the
// articles, claims, suggestions, review, history and intake features, which do not import each other.
import { useCallback, useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { ArticleDetail, Claim, Source } from '@domain/schemas.ts';
import { useErrorText } from '../../i18n/error-text.ts';
import { ApiError } from '../../lib/api-client.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { useArticleClaims } from '../../lib/queries/get-claims.ts';
import type { ClaimEditorParts } from '../../features/claims/components/claim-editor.tsx';
import { ClaimsPanel } from '../../features/claims/components/claims-panel.tsx';
import { confirmDraftSource, useMakeClaim } from '../../features/claims/use-make-claim.ts';
import { visibleClaims } from '../../features/claims/visible-claims.ts';
import { useSources } from '../../lib/queries/get-sources.ts';
import { useArticle } from '../../features/articles/api/get-article.ts';
import { ArticleActions } from '../../features/intake/components/article-actions.tsx';
import { ArticleFind } from '../../features/articles/find/article-find.tsx';
import { ArticleText } from '../../features/articles/text/article-text.tsx';
import { elementAt } from '../../lib/dom-offsets.ts';
import { useWorkbenchKeys } from '../use-workbench-keys.ts';
import { ArticleMeta } from '../../features/articles/components/article-meta.tsx';
import { ClaimHistory } from '../../features/history/components/claim-history.tsx';
import { ReviewStatus } from '../../features/review/components/review-status.tsx';
import { WithdrawApprovalAction } from '../../features/review/components/withdraw-approval-action.tsx';
import { SuggestionList } from '../../features/suggestions/components/suggestion-list.tsx';
import { SuggestionHighlights } from '../../features/suggestions/use-suggestion-highlights.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

/** The selected claim's review state and history, which the review and history features own. */
const EDITOR_PARTS: ClaimEditorParts = {
  review: (claim) => <ReviewStatus claim={claim} />,
  decision: (claim) => <WithdrawApprovalAction claim={claim} />,
  history: (claim, article) => (
    <ClaimHistory key={`history-${claim.id}`} claim={claim} direction={article.direction} language={article.language} />
  ),
};

/** The open statement suggestions, painted beneath the claims in the text. */
const suggestionHighlights = (root: RefObject<HTMLElement | null>, article: ArticleDetail) => (
  <SuggestionHighlights rootRef={root} article={article} />
);

/** `publishing`: the public-page box the app layer puts after the article's text (features do not import each other). */
export function ArticlePage({ id, publishing }: { id: string; publishing?: ReactNode }) {
  const { t } = useTranslation(['articles', 'common']);
  const errorText = useErrorText();
  const article = useArticle(id);
  const claims = useArticleClaims(id);
  const sources = useSources();
  useDocumentTitle(article.data?.title);
  if (article.isPending || claims.isPending) return <StatusMessage>{t('page.loading')}</StatusMessage>;
  const error = article.error ?? claims.error;
  if (error) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <StatusMessage tone="error" title={missing ? t('page.missingTitle') : t('page.loadFailed')}>
        {missing ? t('page.missing') : errorText(error)}{' '}
        <Link href="/">{t('common:status.backToArticles')}</Link>
      </StatusMessage>
    );
  }
  return <Workbench article={article.data!} claims={claims.data!} sources={sources.data ?? []} publishing={publishing} />;
}

function Workbench({ article, claims, sources, publishing }: { article: ArticleDetail; claims: Claim[]; sources: Source[]; publishing: ReactNode }) {
  const { t } = useTranslation('articles');
  const verdictFilter = useUiStore((s) => s.verdictFilter);
  const sourceFilter = useUiStore((s) => s.sourceFilter);
  const visible = useMemo(() => visibleClaims(claims, verdictFilter, sourceFilter), [claims, verdictFilter, sourceFilter]);
  const makeClaim = useMakeClaim(article);

  const pickClaim = useCallback((claim: Claim) => {
    const ui = useUiStore.getState();
    ui.claimSelected(claim.id);
    const root = document.querySelector<HTMLElement>('[role="article"]');
    const target = root && elementAt(root, claim.start);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // Keep keyboard users at the claim's sentence so text keys continue from there.
    const sentence = target?.closest<HTMLElement>('[data-sentence]');
    if (sentence) ui.sentenceFocused(Number(sentence.dataset.sentence));
  }, []);

  useWorkbenchKeys({ visible, claims, pickClaim, makeClaim: confirmDraftSource });

  // `?claim=<id>` (links from the review queue and "My claims"): select that claim and scroll to it, once per link,
  // so later refetches do not pull the user back to it.
  const claimInUrl = new URLSearchParams(useSearch()).get('claim');
  const openedFromUrl = useRef<string | null>(null);
  useEffect(() => {
    const claim = claimInUrl && claimInUrl !== openedFromUrl.current ? claims.find((c) => c.id === claimInUrl) : undefined;
    if (!claim) return;
    openedFromUrl.current = claim.id;
    pickClaim(claim);
  }, [claimInUrl, claims, pickClaim]);

  return (
    <div className="workbench">
      <div className="reading">
        <ArticleMeta article={article} />
        <ArticleActions article={article} claimCount={claims.length} />
        <p id="article-text-help" className="visually-hidden">
          {t('text.help')}
        </p>
        <ArticleFind text={article.text} />
        <ArticleText article={article} claims={visible} sources={sources} onMakeClaim={makeClaim} onConfirmDraft={confirmDraftSource} overlays={suggestionHighlights} />
        {/* After the text: it loads late (its own chunk and query), and above the text it moved the words under a
            pointer already on them (annotate-latin's drag started on the article's first line in CI). */}
        {publishing}
      </div>
      <ClaimsPanel
        article={article}
        claims={claims}
        visible={visible}
        sources={sources}
        onPick={pickClaim}
        suggestions={<SuggestionList article={article} sources={sources} />}
        editorParts={EDITOR_PARTS}
      />
    </div>
  );
}
