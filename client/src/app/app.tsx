// The app shell: header, the session gate, routes (the workbench loads on demand), the toast and the shortcuts dialog.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { ShortcutsDialog } from '../components/shortcuts-dialog.tsx';
import { CONTENT_ID, SkipLink } from '../components/skip-link.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { Toast } from '../components/toast.tsx';
import { VerdictStyles } from '../components/verdict-styles.tsx';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { MainNavLinks } from '../features/review/components/main-nav-links.tsx';
import { LanguageSwitch } from '../features/language/language-switch.tsx';
import { useAccountLanguage } from '../features/language/use-account-language.ts';
import { useClaimActions } from '../features/claims/use-claim-actions.ts';
import { useSession } from '../lib/auth/get-session.ts';
import { useCan } from '../lib/auth/use-can.ts';
import { SessionGate } from '../features/session/components/session-gate.tsx';
import { UserMenu } from '../features/session/components/user-menu.tsx';
import { useUiStore } from './ui-store.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

const IntakePage = lazy(() =>
  import('../features/intake/components/intake-page.tsx').then((m) => ({ default: m.IntakePage })),
);
const ArticlePage = lazy(() =>
  import('./routes/article-page.tsx').then((m) => ({ default: m.ArticlePage })),
);
const ReviewPage = lazy(() =>
  import('../features/review/components/review-page.tsx').then((m) => ({ default: m.ReviewPage })),
);
const MyClaimsPage = lazy(() =>
  import('../features/review/components/my-claims-page.tsx').then((m) => ({ default: m.MyClaimsPage })),
);
const PeoplePage = lazy(() =>
  import('../features/people/components/people-page.tsx').then((m) => ({ default: m.PeoplePage })),
);
const SourcesPage = lazy(() =>
  import('../features/sources/components/sources-page.tsx').then((m) => ({ default: m.SourcesPage })),
);
const ExportPage = lazy(() =>
  import('../features/reports/components/export-page.tsx').then((m) => ({ default: m.ExportPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/components/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
);
const RatingScalePage = lazy(() =>
  import('../features/rating-scale/components/rating-scale-page.tsx').then((m) => ({ default: m.RatingScalePage })),
);
const PublishPanel = lazy(() =>
  import('../features/publishing/components/publish-panel.tsx').then((m) => ({ default: m.PublishPanel })),
);

export function App() {
  const { t } = useTranslation();
  useAccountLanguage();
  const { undo } = useClaimActions();
  const shortcutsToggled = useUiStore((s) => s.shortcutsToggled);
  // Before sign-in the header offers nothing but the language: the pages it links to all need a session.
  const signedIn = Boolean(useSession().data);
  const can = useCan();
  return (
    <>
      {signedIn && <VerdictStyles />}
      <SkipLink />
      <header className="app-header">
        <Link href="/" className="brand">
          {t('appName')}
        </Link>
        {signedIn && (
          <>
            <nav aria-label={t('nav.label')}>
              <Link href="/">{t('nav.articles')}</Link>
              <MainNavLinks />
              <Link href="/export">{t('nav.export')}</Link>
              <Link href="/settings">{t('nav.settings')}</Link>
              {can('scale.edit') && <Link href="/rating-scale">{t('nav.ratingScale')}</Link>}
            </nav>
            <button type="button" className="quiet" onClick={() => shortcutsToggled(true)} aria-keyshortcuts="?">
              {t('nav.shortcuts')}
            </button>
          </>
        )}
        <LanguageSwitch />
        {signedIn && <UserMenu />}
      </header>
      <div id={CONTENT_ID} tabIndex={-1} className="content">
        <SessionGate>
          <Suspense fallback={<StatusMessage>{t('status.loading')}</StatusMessage>}>
            <Switch>
              <Route path="/" component={ArticleList} />
              <Route path="/articles/new" component={IntakePage} />
              <Route path="/articles/:id">
                {(params) => <ArticlePage key={params.id} id={params.id} publishing={<Suspense fallback={null}><PublishPanel articleId={params.id} /></Suspense>} />}
              </Route>
              <Route path="/review" component={ReviewPage} />
              <Route path="/mine" component={MyClaimsPage} />
              <Route path="/people" component={PeoplePage} />
              <Route path="/sources" component={SourcesPage} />
              <Route path="/export" component={ExportPage} />
              <Route path="/settings" component={SettingsPage} />
              <Route path="/rating-scale" component={RatingScalePage} />
              <Route>
                <NotFound />
              </Route>
            </Switch>
          </Suspense>
        </SessionGate>
      </div>
      <Toast onUndo={undo} />
      {signedIn && <ShortcutsDialog />}
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('status.pageNotFound'));
  return (
    <StatusMessage title={t('status.pageNotFound')}>
      <Link href="/">{t('status.backToArticles')}</Link>
    </StatusMessage>
  );
}
