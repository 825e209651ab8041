// The newsroom as its public pages sign it (issue 15, item 5): its name in each interface language, the public base
// URL every public address is built on, a logo and the default report language. Editors change them.
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import { UI_LANGUAGES, type UiLanguage } from '@domain/locales.ts';
import { UpdateSettingsBodySchema, type UpdateSettingsBody } from '@domain/requests.ts';
import type { Settings } from '@domain/schemas.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { useUpdateSettings } from '../api/update-settings.ts';

type UrlField = 'publicBaseUrl' | 'logoUrl';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function PublishingForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation(['settings', 'common']);
  const errorText = useErrorText();
  const canEdit = useCan()('settings.edit');
  const save = useUpdateSettings();
  const [names, setNames] = useState<Record<UiLanguage, string>>(() => ({
    ar: settings.newsroomNames.ar ?? '',
    en: settings.newsroomNames.en ?? '',
    fr: settings.newsroomNames.fr ?? '',
  }));
  const [urls, setUrls] = useState<Record<UrlField, string>>({ publicBaseUrl: settings.publicBaseUrl ?? '', logoUrl: settings.logoUrl ?? '' });
  const [language, setLanguage] = useState<UiLanguage>(settings.defaultReportLanguage);
  const [invalid, setInvalid] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const newsroomNames = Object.fromEntries(UI_LANGUAGES.filter((l) => names[l].trim() !== '').map((l) => [l, names[l].trim()]));
    const body: UpdateSettingsBody = { newsroomNames, publicBaseUrl: orNull(urls.publicBaseUrl), logoUrl: orNull(urls.logoUrl), defaultReportLanguage: language };
    const parsed = UpdateSettingsBodySchema.safeParse(body);
    if (!parsed.success) {
      setInvalid(String(parsed.error.issues[0]?.path[0] ?? ''));
      return;
    }
    setInvalid(null);
    save.mutate(body);
  };
  const urlInput = (field: UrlField) => (
    <>
      <label htmlFor={field}>{t(`publishing.${field}`)}</label>
      <input id={field} type="url" dir="ltr" readOnly={!canEdit} placeholder="https://…" value={urls[field]} maxLength={LIMITS.url}
        aria-invalid={invalid === field || undefined} aria-describedby={`${field}-help`}
        onChange={(e) => setUrls((u) => ({ ...u, [field]: e.target.value }))} />
      <p id={`${field}-help`} className={invalid === field ? 'field-error' : 'hint'}>
        {invalid === field ? t('invalid.url') : <Trans t={t} i18nKey={`publishing.${field}Help`} components={{ code: <code dir="ltr" /> }} />}
      </p>
    </>
  );

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="publishing-heading">
      <h2 id="publishing-heading">{t('publishing.heading')}</h2>
      <p className="hint">{t('publishing.intro')}</p>
      {UI_LANGUAGES.map((l) => (
        <div key={l}>
          <label htmlFor={`newsroomName-${l}`}>
            <Trans t={t} i18nKey="publishing.nameIn" values={{ language: t(`common:language.names.${l}`) }} components={{ l: <span lang={l} /> }} />
          </label>
          <input id={`newsroomName-${l}`} lang={l} dir="auto" readOnly={!canEdit} maxLength={LIMITS.title} value={names[l]}
            onChange={(e) => setNames((n) => ({ ...n, [l]: e.target.value }))} />
        </div>
      ))}
      {urlInput('publicBaseUrl')}
      {urlInput('logoUrl')}
      <label htmlFor="defaultReportLanguage">{t('publishing.defaultReportLanguage')}</label>
      <select id="defaultReportLanguage" disabled={!canEdit} value={language} onChange={(e) => setLanguage(e.target.value as UiLanguage)}>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`common:language.names.${l}`)}
          </option>
        ))}
      </select>
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
