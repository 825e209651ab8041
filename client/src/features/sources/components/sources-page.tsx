// /sources (editors): the newsroom's sources — names, kind, country, sameAs, people and institutions — one chosen at a
// time to edit, merge or delete, and a form to add one (issue 17, item 1).
import '../sources.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { useSources } from '../../../lib/queries/get-sources.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { MergeOrDelete } from './merge-or-delete.tsx';
import { SourceEditor } from './source-editor.tsx';
import { SourceHistory } from './source-history.tsx';

const NEW = '';

export function SourcesPage() {
  const { t } = useTranslation('sources');
  useDocumentTitle(t('page.heading'));
  if (!useCan()('source.edit')) return <StatusMessage title={t('page.editorsOnlyTitle')}>{t('page.editorsOnly')}</StatusMessage>;
  return <SourceDirectory />;
}

function SourceDirectory() {
  const { t } = useTranslation('sources');
  const errorText = useErrorText();
  const { data: sources, isPending, error } = useSources();
  const [selected, setSelected] = useState<string>(NEW);
  if (isPending) return <StatusMessage>{t('page.loading')}</StatusMessage>;
  if (error) return <StatusMessage tone="error" title={t('combobox.loadFailed')}>{errorText(error)}</StatusMessage>;
  const source = sources.find((s) => s.id === selected);
  return (
    <main className="sources-page">
      <h1>{t('page.heading')}</h1>
      <div className="sources-layout">
        <nav aria-label={t('page.listLabel')}>
          <ul className="source-list">
            <li>
              <button type="button" aria-current={source ? undefined : 'true'} onClick={() => setSelected(NEW)}>
                {t('page.add')}
              </button>
            </li>
            {sources.map((s) => (
              <li key={s.id}>
                <button type="button" aria-current={s.id === selected ? 'true' : undefined} onClick={() => setSelected(s.id)}>
                  <bdi>{s.name}</bdi>
                  <span className="hint">{t('page.counts', { people: s.people.length, institutions: s.institutions.length })}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="source-detail">
          <SourceEditor key={source?.id ?? NEW} source={source} onSaved={(saved) => setSelected(saved.id)} />
          {source && <MergeOrDelete key={`manage-${source.id}`} source={source} sources={sources} onGone={(into) => setSelected(into ?? NEW)} />}
          {source && <SourceHistory key={`history-${source.id}`} source={source} sources={sources} />}
        </div>
      </div>
    </main>
  );
}
