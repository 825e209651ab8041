// How sure a suggested statement must be to be shown (issue 17, item 4): the newsroom's threshold, 0 to 1, which the
// server applies where suggestions are computed. Editors change it; everyone else reads it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateSettingsBodySchema } from '@domain/requests.ts';
import type { Settings } from '@domain/schemas.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { useUpdateSettings } from '../api/update-settings.ts';

export function SuggestionsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation(['settings', 'common']);
  const errorText = useErrorText();
  const canEdit = useCan()('settings.edit');
  const save = useUpdateSettings();
  const [threshold, setThreshold] = useState(String(settings.suggestionThreshold));
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateSettingsBodySchema.safeParse({ suggestionThreshold: threshold.trim() === '' ? NaN : Number(threshold) });
    setInvalid(!parsed.success);
    if (parsed.success) save.mutate(parsed.data);
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="suggestion-settings-heading">
      <h2 id="suggestion-settings-heading">{t('suggestions.heading')}</h2>
      <label htmlFor="suggestionThreshold">{t('suggestions.threshold')}</label>
      <input id="suggestionThreshold" type="number" dir="ltr" inputMode="decimal" min={0} max={1} step={0.05} readOnly={!canEdit}
        value={threshold} aria-invalid={invalid || undefined} aria-describedby="suggestionThreshold-help"
        onChange={(e) => setThreshold(e.target.value)} />
      <p id="suggestionThreshold-help" className={invalid ? 'field-error' : 'hint'}>
        {invalid ? t('invalid.threshold') : t('suggestions.thresholdHelp')}
      </p>
      {canEdit && (
        <div className="settings-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('common:actions.save')}
          </button>
          <span role="status" className="save-status">
            {save.isPending ? t('common:status.saving') : save.isSuccess ? t('common:status.saved') : save.isError ? t('notSaved') : ''}
          </span>
        </div>
      )}
      {save.isError && (
        <p className="field-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
    </form>
  );
}
