// Evidence links of a claim: listed, removable, and added through a small form validated by the shared URL schema.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, Evidence } from '@domain/schemas.ts';
import { EvidenceBodySchema } from '@domain/requests.ts';
import { LIMITS } from '@domain/limits.ts';
import { issueDetail } from '../../../i18n/error-text.ts';
import { useUpdateClaim } from '../api/update-claim.ts';

export function EvidenceList({ claim }: { claim: Claim }) {
  const { t } = useTranslation('claims');
  const { t: errorsT } = useTranslation('errors');
  const update = useUpdateClaim();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  /** Which field the shared schema refused, if any. */
  const [invalid, setInvalid] = useState<'url' | 'title' | null>(null);
  /** Why the title was refused (a control character, a line break…), in the interface language. */
  const [titleDetail, setTitleDetail] = useState<string | undefined>(undefined);
  const save = (evidence: Evidence[]) =>
    update.mutateAsync({ articleId: claim.articleId, claimId: claim.id, changes: { evidence } });

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = EvidenceBodySchema.safeParse({ url: url.trim(), ...(title.trim() ? { title: title.trim() } : {}) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      setInvalid(issue.path[0] === 'title' ? 'title' : 'url');
      setTitleDetail(issue.path[0] === 'title' ? issueDetail(errorsT, issue) : undefined);
      return;
    }
    setInvalid(null);
    // The typed link stays in the form until the server has it, so a failed save loses nothing.
    save([...claim.evidence, parsed.data]).then(() => {
      setUrl('');
      setTitle('');
    }, () => undefined);
  };

  const full = claim.evidence.length >= LIMITS.evidenceItems;
  return (
    <div className="evidence">
      <h3>{t('field.evidence')}</h3>
      {claim.evidence.length === 0 ? (
        <p className="hint">{t('evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {claim.evidence.map((item, i) => (
            <li key={`${i}-${item.url}`}>
              <a href={item.url} target="_blank" rel="noreferrer noopener" dir="auto">
                {item.title || item.url}
              </a>
              <button
                type="button"
                className="icon-button"
                aria-label={t('evidence.remove', { link: item.title || item.url })}
                onClick={() => void save(claim.evidence.filter((_, j) => j !== i)).catch(() => undefined)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="evidence-form" onSubmit={add} noValidate>
        <label htmlFor="evidence-url">{t('evidence.url')}</label>
        <input
          id="evidence-url"
          type="url"
          inputMode="url"
          placeholder="https://…"
          maxLength={LIMITS.url}
          value={url}
          aria-invalid={invalid === 'url' ? true : undefined}
          aria-describedby={invalid === 'url' ? 'evidence-error' : undefined}
          onChange={(e) => setUrl(e.target.value)}
          disabled={full}
        />
        <label htmlFor="evidence-title">{t('evidence.title')}</label>
        <input
          id="evidence-title"
          dir="auto"
          aria-invalid={invalid === 'title' ? true : undefined}
          aria-describedby={invalid === 'title' ? 'evidence-error' : undefined}
          maxLength={LIMITS.evidenceTitle}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          disabled={full}
        />
        <button type="submit" disabled={full || !url.trim()}>
          {t('evidence.add')}
        </button>
        {invalid && (
          <p id="evidence-error" className="field-error" role="alert">
            {invalid === 'title' && titleDetail ? t('evidence.invalid.titleBecause', { detail: titleDetail }) : t(`evidence.invalid.${invalid}`)}
          </p>
        )}
      </form>
    </div>
  );
}
