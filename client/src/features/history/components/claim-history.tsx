// The "History" disclosure of the workbench claim card: every change to the claim, who made it and when, oldest first.
import '../history.css';
import { useState } from 'react';
import type { Claim } from '../../../../../domain/schemas.ts';
import { usePersonName } from '../../people/api/get-people.ts';
import { useSources } from '../../sources/api/get-sources.ts';
import { useClaimHistory } from '../api/get-history.ts';
import { describeEntry } from '../describe-entry.ts';

const times = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ClaimHistory({ claim, direction, language }: { claim: Claim; direction?: string; language?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="claim-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History</summary>
      {open && <Timeline claim={claim} direction={direction} language={language} />}
    </details>
  );
}

function Timeline({ claim, direction, language }: { claim: Claim; direction?: string; language?: string }) {
  const history = useClaimHistory(claim.id, claim.version, true);
  const personName = usePersonName();
  const { data: sources = [] } = useSources();
  const sourceName = (id: string) => sources.find((s) => s.id === id)?.name ?? id;
  if (history.isPending) return <p className="hint">Loading the history…</p>;
  if (history.error) return <p className="field-error" role="alert">The history could not be loaded: {history.error.message}</p>;
  return (
    <ol className="timeline" aria-label="Changes to this claim, oldest first">
      {history.data.map((entry) => {
        const text = describeEntry(entry, sourceName);
        const quoted = entry.action === 'range';
        return (
          <li key={entry.id} className={`timeline-step timeline-${entry.action}`}>
            <p>
              <bdi className="timeline-who">{personName(entry.userId)}</bdi> {text.summary}
            </p>
            {text.detail && (
              <blockquote dir={quoted ? direction : 'auto'} lang={quoted ? language : undefined}>
                {text.detail}
              </blockquote>
            )}
            <time dateTime={entry.at}>{times.format(new Date(entry.at))}</time>
          </li>
        );
      })}
    </ol>
  );
}
