// /settings: the newsroom's name and site that sign published reports. Editors change them; fact-checkers read them.
import '../settings.css';
import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../../../domain/limits.ts';
import { UpdateSettingsBodySchema } from '../../../../../domain/requests.ts';
import type { Settings } from '../../../../../domain/schemas.ts';
import { StatusMessage } from '../../../components/status-message.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useIsEditor } from '../../people/use-is-editor.ts';
import { useSettings } from '../api/get-settings.ts';
import { useUpdateSettings } from '../api/update-settings.ts';

type Field = 'newsroomName' | 'newsroomUrl';
type FieldErrors = Partial<Record<Field, string>>;
/** The claim editor's save-status classes (panel.css), so both screens say saved and failed alike. */
const SAVE_CLASS = { idle: 'idle', pending: 'saving', success: 'saved', error: 'failed' } as const;

export function SettingsPage() {
  const settings = useSettings();
  if (settings.isPending) return <StatusMessage>Loading the settings…</StatusMessage>;
  if (settings.error) {
    return (
      <StatusMessage tone="error" title="The settings could not be loaded">
        {settings.error.message}
      </StatusMessage>
    );
  }
  return <SettingsForm settings={settings.data} />;
}

/** Checks the form with the server's own schema, so both refuse the same things with the same words. */
function validate(name: string, url: string): { body: { newsroomName: string; newsroomUrl: string | null } | null; errors: FieldErrors } {
  const body = { newsroomName: name, newsroomUrl: url.trim() === '' ? null : url.trim() };
  const result = UpdateSettingsBodySchema.safeParse(body);
  if (result.success) return { body, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === 'newsroomName' || field === 'newsroomUrl') && !errors[field]) errors[field] = issue.message;
  }
  return { body: null, errors };
}

function SettingsForm({ settings }: { settings: Settings }) {
  const isEditor = useIsEditor();
  const save = useUpdateSettings();
  const [name, setName] = useState(settings.newsroomName);
  const [url, setUrl] = useState(settings.newsroomUrl ?? '');
  const [tried, setTried] = useState(false);
  const local = tried ? validate(name, url).errors : {};
  const serverField = save.error instanceof ApiError ? save.error.field : undefined;
  const errorOf = (field: Field) =>
    local[field] ?? (serverField === field || serverField === `body.${field}` ? errorMessage(save.error) : undefined);

  const edit = (set: (value: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    if (!save.isPending) save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const { body } = validate(name, url);
    if (body) save.mutate(body);
  };
  const fieldProps = (field: Field) =>
    errorOf(field) ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : { 'aria-describedby': `${field}-help` };
  const otherError = save.isError && !errorOf('newsroomName') && !errorOf('newsroomUrl');

  return (
    <main className="settings-page">
      <h1>Settings</h1>
      <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="newsroom-heading">
        <h2 id="newsroom-heading">Newsroom</h2>
        <p className="hint">
          {isEditor
            ? 'Published reports are signed with these: ClaimReview names your newsroom as the author of each review.'
            : 'Published reports are signed with these. Only editors can change them.'}
        </p>
        <label htmlFor="newsroomName">Newsroom name</label>
        <input id="newsroomName" dir="auto" required readOnly={!isEditor} maxLength={LIMITS.title} value={name}
          onChange={edit(setName)} {...fieldProps('newsroomName')} />
        <FieldMessage field="newsroomName" error={errorOf('newsroomName')} help="As readers and search engines should see it." />
        <label htmlFor="newsroomUrl">Newsroom website</label>
        <input id="newsroomUrl" type="url" dir="ltr" readOnly={!isEditor} placeholder="https://…" value={url}
          onChange={edit(setUrl)} {...fieldProps('newsroomUrl')} />
        <FieldMessage field="newsroomUrl" error={errorOf('newsroomUrl')} help="Optional: the address of your fact-checks." />
        {isEditor && (
          <div className="settings-actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              Save
            </button>
            <span role="status" className={`save-status save-${SAVE_CLASS[save.status]}`}>
              {save.isPending ? 'Saving…' : save.isSuccess ? 'Saved' : save.isError ? 'Not saved' : ''}
            </span>
          </div>
        )}
        {otherError && (
          <p className="field-error" role="alert">
            <strong>Not saved.</strong> {errorMessage(save.error)}
          </p>
        )}
      </form>
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
