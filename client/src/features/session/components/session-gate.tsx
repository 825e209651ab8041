// Shows the app to a signed-in person; otherwise the sign-in form, or the first editor's set-up on a new install.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import { PasswordRule } from '../../../components/password-rule.tsx';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useSession } from '../../../lib/auth/get-session.ts';
import { useSetup } from '../api/get-setup.ts';
import { useSetUp, useSignIn } from '../api/sign-in.ts';

export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['session', 'common']);
  const errorText = useErrorText();
  const session = useSession();
  const setup = useSetup(session.data === null);
  if (session.isPending) return <StatusMessage>{t('common:status.loading')}</StatusMessage>;
  if (session.error) {
    return <StatusMessage tone="error" title={t('unreachable')}>{errorText(session.error)}</StatusMessage>;
  }
  if (session.data) return children;
  if (setup.isPending) return <StatusMessage>{t('common:status.loading')}</StatusMessage>;
  return <SignInForm firstEditor={setup.data?.needed ?? false} />;
}

function SignInForm({ firstEditor }: { firstEditor: boolean }) {
  const { t } = useTranslation('session');
  const errorText = useErrorText();
  const signIn = useSignIn();
  const setUp = useSetUp();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const pending = signIn.isPending || setUp.isPending;
  const error = signIn.error ?? setUp.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (firstEditor) setUp.mutate({ username: username.trim().toLowerCase(), displayName, password });
    else signIn.mutate({ username: username.trim(), password });
  };
  return (
    <main className="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">{firstEditor ? t('setup.heading') : t('signIn.heading')}</h1>
        {firstEditor && <p className="hint">{t('setup.hint')}</p>}
        <label htmlFor="username">{t('username')}</label>
        <input id="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        {firstEditor && (
          <>
            <label htmlFor="display-name">{t('displayName')}</label>
            <input id="display-name" dir="auto" autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </>
        )}
        <label htmlFor="password">{t('password')}</label>
        <input
          id="password"
          type="password"
          autoComplete={firstEditor ? 'new-password' : 'current-password'}
          required
          {...(firstEditor && { minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax, 'aria-describedby': 'password-rule' })}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {firstEditor && <PasswordRule id="password-rule" />}
        {error && (
          <p className="field-error" role="alert">
            {errorText(error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {firstEditor ? t('setup.submit') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
