// Adds a person: username, display name, first password and role; each refusal is shown at its field.
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import { ROLES, type Role } from '@domain/schemas.ts';
import { PasswordRule } from '../../../components/password-rule.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { useFieldError } from '../field-error.ts';

const FIELDS = ['username', 'displayName', 'password', 'role'] as const;

export function AddPersonForm() {
  const { t } = useTranslation(['people', 'common']);
  const errorFor = useFieldError();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('factchecker');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { username: username.trim().toLowerCase(), displayName, password, role },
      {
        onSuccess: () => {
          setUsername('');
          setDisplayName('');
          setPassword('');
        },
      },
    );
  };
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const message = errorFor(create.error, field, FIELDS, field === 'username');
    return message ? (
      <p id={`new-${field}-error`} className="field-error" role="alert">
        {message}
      </p>
    ) : null;
  };
  /** A field's error, and for the password its rule, as its description. */
  const invalid = (field: (typeof FIELDS)[number]) => {
    const described = [field === 'password' ? 'new-password-rule' : '', errorFor(create.error, field, FIELDS, field === 'username') ? `new-${field}-error` : ''];
    const describedBy = described.filter(Boolean).join(' ');
    return { ...(described[1] && { 'aria-invalid': true }), ...(describedBy && { 'aria-describedby': describedBy }) };
  };
  return (
    <form className="add-person" onSubmit={submit} aria-labelledby="add-person-heading">
      <h2 id="add-person-heading">{t('add.heading')}</h2>
      <div className="add-person-fields">
        <div>
          <label htmlFor="new-username">{t('add.username')}</label>
          <input id="new-username" required autoComplete="off" maxLength={LIMITS.username} value={username}
            onChange={(e) => setUsername(e.target.value)} {...invalid('username')} />
          {fieldError('username')}
        </div>
        <div>
          <label htmlFor="new-displayName">{t('add.name')}</label>
          <input id="new-displayName" required dir="auto" maxLength={LIMITS.displayName} value={displayName}
            onChange={(e) => setDisplayName(e.target.value)} {...invalid('displayName')} />
          {fieldError('displayName')}
        </div>
        <div>
          <label htmlFor="new-password">{t('add.password')}</label>
          <input id="new-password" type="password" required autoComplete="new-password" minLength={LIMITS.passwordMin}
            maxLength={LIMITS.passwordMax} value={password} onChange={(e) => setPassword(e.target.value)} {...invalid('password')} />
          <PasswordRule id="new-password-rule" />
          {fieldError('password')}
        </div>
        <div>
          <label htmlFor="new-role">{t('add.role')}</label>
          <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as Role)} {...invalid('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`common:role.${r}`)}
              </option>
            ))}
          </select>
          {fieldError('role')}
        </div>
      </div>
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('add.submit')}
      </button>
      {create.isSuccess && (
        <p role="status" className="hint">
          <Trans t={t} i18nKey="add.added" values={{ name: create.data.displayName }} components={{ name: <bdi /> }} />
        </p>
      )}
    </form>
  );
}
