// What keeps the newsroom from publishing, said first on the settings page (issue 15, item 5): the same reasons the
// server refuses publishing for (domain/publication/blockers.ts), read off the saved settings.
import { useTranslation } from 'react-i18next';
import { publicationBlockers } from '@domain/publication/blockers.ts';
import type { Settings } from '@domain/schemas.ts';

export function PublicationBlockers({ settings }: { settings: Settings }) {
  const { t } = useTranslation('settings');
  const blockers = publicationBlockers(settings);
  if (blockers.length === 0) {
    return (
      <p className="publication-ready" data-testid="publication-ready">
        {t('publishing.ready')}
      </p>
    );
  }
  return (
    <section className="publication-blocked" aria-labelledby="publication-blocked-heading" data-testid="publication-blocked">
      <h2 id="publication-blocked-heading">{t('publishing.blockedHeading')}</h2>
      <ul>
        {blockers.map((b) => (
          <li key={b.field}>{t(`publishing.blocker.${b.reason}`)}</li>
        ))}
      </ul>
    </section>
  );
}
