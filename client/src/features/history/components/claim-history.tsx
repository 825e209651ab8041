// The "History" disclosure of the workbench claim card: every change to the claim, who made it and when, oldest first.
import '../history.css';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { sourceName } from '@domain/locales.ts';
import type { Claim } from '@domain/schemas.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useVerdictName } from '../../../components/verdict-tag.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { usePersonName } from '../../../lib/queries/get-people.ts';
import { useSources } from '../../../lib/queries/get-sources.ts';
import { useClaimHistory } from '../api/get-history.ts';
import { describeEntry } from '../describe-entry.ts';

export function ClaimHistory({ claim, direction, language }: { claim: Claim; direction?: string; language?: string }) {
  const { t } = useTranslation('history');
  const [open, setOpen] = useState(false);
  return (
    <details className="claim-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('heading')}</summary>
      {open && <Timeline claim={claim} direction={direction} language={language} />}
    </details>
  );
}

function Timeline({ claim, direction, language }: { claim: Claim; direction?: string; language?: string }) {
  const { t } = useTranslation(['history', 'common']);
  const format = useFormat();
  const errorText = useErrorText();
  const history = useClaimHistory(claim.id, claim.version, true);
  const personName = usePersonName();
  const verdictName = useVerdictName();
  const { data: sources = [] } = useSources();
  const nameOf = (id: string) => {
    const source = sources.find((s) => s.id === id);
    return source ? sourceName(source, format.language) : id;
  };
  if (history.isPending) return <p className="hint">{t('loading')}</p>;
  if (history.error) {
    return (
      <p className="field-error" role="alert">
        {t('loadFailed', { reason: errorText(history.error) })}
      </p>
    );
  }
  return (
    <ol className="timeline" aria-label={t('label')}>
      {history.data.map((entry) => {
        const text = describeEntry(entry, t, nameOf, verdictName);
        const quoted = entry.action === 'range';
        return (
          <li key={entry.id} className={`timeline-step timeline-${entry.action}`}>
            <p>
              <Trans
                t={t}
                i18nKey={`entry.${text.kind}`}
                values={{ name: personName(entry.userId), ...text.values }}
                components={{ who: <bdi className="timeline-who" />, bdi: <bdi /> }}
              />
            </p>
            {text.detail && (
              <blockquote dir={quoted ? direction : 'auto'} lang={quoted ? language : undefined}>
                {text.detail}
              </blockquote>
            )}
            <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
          </li>
        );
      })}
    </ol>
  );
}
