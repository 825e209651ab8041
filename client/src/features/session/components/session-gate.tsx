// Shows the app to a signed-in person; otherwise the sign-in form, or the first editor's set-up on a new install.
import { useState, type FormEvent, type ReactNode } from 'react';
import { StatusMessage } from '../../../components/status-message.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSession } from '../api/get-session.ts';
import { useSetup } from '../api/get-setup.ts';
import { useSetUp, useSignIn } from '../api/sign-in.ts';

export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const setup = useSetup(session.data === null);
  if (session.isPending) return <StatusMessage>Loading…</StatusMessage>;
  if (session.error) {
    return <StatusMessage tone="error" title="Claimdesk could not be reached">{session.error.message}</StatusMessage>;
  }
  if (session.data) return children;
  if (setup.isPending) return <StatusMessage>Loading…</StatusMessage>;
  return <SignInForm firstEditor={setup.data?.needed ?? false} />;
}

function SignInForm({ firstEditor }: { firstEditor: boolean }) {
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
        <h1 id="sign-in-heading">{firstEditor ? 'Set up Claimdesk' : 'Sign in'}</h1>
        {firstEditor && <p className="hint">Create the first editor account. You can invite fact-checkers afterwards.</p>}
        <label htmlFor="username">Username</label>
        <input id="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        {firstEditor && (
          <>
            <label htmlFor="display-name">Display name</label>
            <input id="display-name" autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </>
        )}
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete={firstEditor ? 'new-password' : 'current-password'}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="field-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {firstEditor ? 'Create account' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
