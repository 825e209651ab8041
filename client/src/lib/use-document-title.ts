// The browser's tab and history name the page in the interface language ("قائمة المراجعة — Claimdesk"); leaving the
// page gives the name back to the product alone.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation('common');
  const title = page ? t('documentTitle', { page }) : t('appName');
  const appName = t('appName');
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = appName;
    };
  }, [title, appName]);
}
