// /settings: the newsroom's name and site that sign published reports. Editors change them; fact-checkers read them.
import '../settings.css';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import { UpdateSettingsBodySchema } from '@domain/requests.ts';
import type { Settings } from '@domain/schemas.ts';
import { StatusMessage } from '../../../components/status-message.tsx';
import { issueDetail, useErrorText } from '../../../i18n/error-text.ts';
import { refusalReason } from '@domain/refusals.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { useSettings } from '../../../lib/queries/get-settings.ts';
import { useUpdateSettings } from '../api/update-settings.ts';
import { PublicationBlockers } from './publication-blockers.tsx';
import { PublishingForm } from './publishing-form.tsx';
import { SuggestionsForm } from './suggestions-form.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

type Field = 'newsroomName' | 'newsroomUrl';
type FieldErrors = Partial<Record<Field, string>>;
/** The claim editor's save-status classes (panel.css), so both screens say saved and failed alike. */
const SAVE_CLASS = { idle: 'idle', pending: 'saving', success: 'saved', error: 'failed' } as const;

export function SettingsPage() {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  const errorText = useErrorText();
  const settings = useSettings();
  if (settings.isPending) return <StatusMessage>{t('loading')}</StatusMessage>;
  if (settings.error) {
    return (
      <StatusMessage tone="error" title={t('loadFailed')}>
        {errorText(settings.error)}
      </StatusMessage>
    );
  }
  return <SettingsForm settings={settings.data} />;
}

/** Checks the form with the server's own schema, so both refuse the same things; says why in the interface language. */
function validate(
  t: TFunction<'settings'>,
  errorsT: TFunction<'errors'>,
  name: string,
  url: string,
): { body: { newsroomName: string; newsroomUrl: string | null } | null; errors: FieldErrors } {
  const body = { newsroomName: name, newsroomUrl: url.trim() === '' ? null : url.trim() };
  const result = UpdateSettingsBodySchema.safeParse(body);
  if (result.success) return { body, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === 'newsroomName' || field === 'newsroomUrl') && !errors[field]) {
      // Beyond its length, the name must hold more than spaces and the site must be an http(s) address.
      const reason = refusalReason(issue.message);
      if (issue.code === 'too_big') errors[field] = t('invalid.tooLong', { max: Number(issue.maximum) });
      // A control character, a line break or a bidi control in the name: say which (issue 13).
      else if (field === 'newsroomName' && reason && reason !== 'not_empty') errors[field] = issueDetail(errorsT, issue);
      else errors[field] = field === 'newsroomName' ? t('invalid.empty') : t('invalid.url');
    }
  }
  return { body: null, errors };
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation(['settings', 'common']);
  const { t: errorsT } = useTranslation('errors');
  const errorText = useErrorText();
  const canEdit = useCan()('settings.edit');
  const save = useUpdateSettings();
  const [name, setName] = useState(settings.newsroomName);
  const [url, setUrl] = useState(settings.newsroomUrl ?? '');
  const [tried, setTried] = useState(false);
  const local = tried ? validate(t, errorsT, name, url).errors : {};
  const serverField = save.error instanceof ApiError ? save.error.field : undefined;
  const errorOf = (field: Field) =>
    local[field] ?? (serverField === field || serverField === `body.${field}` ? errorText(save.error) : undefined);

  const edit = (set: (value: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    if (!save.isPending) save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const { body } = validate(t, errorsT, name, url);
    if (body) save.mutate(body);
  };
  const fieldProps = (field: Field) =>
    errorOf(field) ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : { 'aria-describedby': `${field}-help` };
  const otherError = save.isError && !errorOf('newsroomName') && !errorOf('newsroomUrl');

  return (
    <main className="settings-page">
      <h1>{t('title')}</h1>
      <PublicationBlockers settings={settings} />
      <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="newsroom-heading">
        <h2 id="newsroom-heading">{t('newsroom.heading')}</h2>
        <p className="hint">{canEdit ? t('newsroom.introEditor') : t('newsroom.introReader')}</p>
        <label htmlFor="newsroomName">{t('newsroom.name')}</label>
        <input id="newsroomName" dir="auto" required readOnly={!canEdit} maxLength={LIMITS.title} value={name}
          onChange={edit(setName)} {...fieldProps('newsroomName')} />
        <FieldMessage field="newsroomName" error={errorOf('newsroomName')} help={t('newsroom.nameHelp')} />
        <label htmlFor="newsroomUrl">{t('newsroom.url')}</label>
        <input id="newsroomUrl" type="url" dir="ltr" readOnly={!canEdit} placeholder={t('newsroom.urlPlaceholder')} value={url}
          onChange={edit(setUrl)} {...fieldProps('newsroomUrl')} />
        <FieldMessage field="newsroomUrl" error={errorOf('newsroomUrl')} help={t('newsroom.urlHelp')} />
        {canEdit && (
          <div className="settings-actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {t('common:actions.save')}
            </button>
            <span role="status" className={`save-status save-${SAVE_CLASS[save.status]}`}>
              {save.isPending ? t('common:status.saving') : save.isSuccess ? t('common:status.saved') : save.isError ? t('notSaved') : ''}
            </span>
          </div>
        )}
        {otherError && (
          <p className="field-error" role="alert">
            <Trans t={t} i18nKey="notSavedBecause" values={{ message: errorText(save.error) }} components={{ strong: <strong /> }} />
          </p>
        )}
      </form>
      <PublishingForm settings={settings} />
      <SuggestionsForm settings={settings} />
    </main>
  );
}

function FieldMessage({ field, error, help }: { field: Field; error: string | undefined; help: string }) {
  return error ? (
    <p id={`${field}-error`} className="field-error" role="alert">
      {error}
    </p>
  ) : (
    <p id={`${field}-help`} className="hint">
      {help}
    </p>
  );
}
