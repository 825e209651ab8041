// One account in the people table: role, password reset and disable/enable (confirmed first), each with its error.
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import { ROLES, type Role, type User } from '@domain/schemas.ts';
import { PasswordRule } from '../../../components/password-rule.tsx';
import { useUpdateUser } from '../api/update-user.ts';
import { useFieldError } from '../field-error.ts';

export function PersonRow({ user, isMe }: { user: User; isMe: boolean }) {
  const { t } = useTranslation(['people', 'common']);
  const errorFor = useFieldError();
  const roleChange = useUpdateUser();
  const reset = useUpdateUser();
  const status = useUpdateUser();
  const [resetOpen, setResetOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const rowId = `person-${user.id}`;

  const submitReset = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(
      { userId: user.id, changes: { password } },
      {
        onSuccess: () => {
          setPassword('');
          setResetOpen(false);
        },
      },
    );
  };
  const toggleDisabled = () =>
    status.mutate({ userId: user.id, changes: { disabled: !user.disabled } }, { onSettled: () => setConfirming(false) });

  const roleError = errorFor(roleChange.error, 'role', [], true);
  const passwordError = errorFor(reset.error, 'password', [], true);
  const statusError = errorFor(status.error, 'disabled', [], true);
  return (
    <tr id={rowId} className={user.disabled ? 'person-disabled' : undefined}>
      <th scope="row">
        <bdi id={`${rowId}-name`}>{user.displayName}</bdi>
        {isMe && (
          <>
            {' '}
            <span className="hint">{t('row.you')}</span>
          </>
        )}
        <div className="hint">
          <span dir="ltr">{user.username}</span>
        </div>
      </th>
      <td>
        <select
          aria-label={t('row.roleOf', { name: user.displayName })}
          value={user.role}
          disabled={roleChange.isPending}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? `${rowId}-role-error` : undefined}
          onChange={(e) => roleChange.mutate({ userId: user.id, changes: { role: e.target.value as Role } })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:role.${r}`)}
            </option>
          ))}
        </select>
        {roleError && (
          <p id={`${rowId}-role-error`} className="field-error" role="alert">
            {roleError}
          </p>
        )}
      </td>
      <td>
        <span className={`person-status ${user.disabled ? 'is-disabled' : 'is-active'}`}>{user.disabled ? t('row.disabled') : t('row.active')}</span>
        {statusError && (
          <p className="field-error" role="alert">
            {statusError}
          </p>
        )}
      </td>
      <td className="person-actions">
        {resetOpen ? (
          <form onSubmit={submitReset} className="inline-form">
            <label htmlFor={`${rowId}-password`}>
              <Trans t={t} i18nKey="row.newPassword" values={{ name: user.displayName }} components={{ name: <bdi /> }} />
            </label>
            <input id={`${rowId}-password`} type="password" autoComplete="new-password" required autoFocus
              minLength={LIMITS.passwordMin} maxLength={LIMITS.passwordMax} value={password}
              aria-invalid={passwordError ? true : undefined} aria-describedby={`${rowId}-password-rule`} onChange={(e) => setPassword(e.target.value)} />
            <PasswordRule id={`${rowId}-password-rule`} />
            {passwordError && (
              <p className="field-error" role="alert">
                {passwordError}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="primary" disabled={reset.isPending}>
                {t('row.setPassword')}
              </button>
              <button type="button" onClick={() => { setResetOpen(false); reset.reset(); }}>
                {t('common:actions.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" onClick={() => setResetOpen(true)} aria-describedby={`${rowId}-name`}>
            {t('row.resetPassword')}
          </button>
        )}
        {confirming ? (
          <div role="group" aria-label={t('row.confirmFor', { name: user.displayName })} className="confirm">
            <span>
              <Trans
                t={t}
                i18nKey={user.disabled ? 'row.confirmEnable' : 'row.confirmDisable'}
                values={{ name: user.displayName }}
                components={{ name: <bdi /> }}
              />
            </span>
            <button type="button" className={user.disabled ? 'primary' : 'danger'} onClick={toggleDisabled} autoFocus>
              {user.disabled ? t('row.yesEnable') : t('row.yesDisable')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className={user.disabled ? undefined : 'danger'} aria-describedby={`${rowId}-name`}
            onClick={() => { status.reset(); setConfirming(true); }}>
            {user.disabled ? t('row.enable') : t('row.disable')}
          </button>
        )}
      </td>
    </tr>
  );
}
