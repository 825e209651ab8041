// POST /api/session (sign in), POST /api/setup (first editor) and DELETE /api/session (sign out).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, SetupBody } from '@domain/requests.ts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { uiSignedOut } from '../../../lib/ui-store.ts';
import type { Session } from '../../../lib/auth/get-session.ts';
import { sessionKeys } from '../../../lib/auth/session-keys.ts';

export const signIn = (body: LoginBody) => apiRequest<Session>('/session', { method: 'POST', body });
export const setUp = (body: SetupBody) => apiRequest<Session>('/setup', { method: 'POST', body });
export const signOut = () => apiRequest<void>('/session', { method: 'DELETE' });

function useSessionMutation<T>(fn: (body: T) => Promise<Session>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKeys.current(), session);
    },
  });
}

export const useSignIn = () => useSessionMutation(signIn);
export const useSetUp = () => useSessionMutation(setUp);

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(null);
      // Tell the mounted session observers first (clear() alone left the app on screen), then forget the
      // previous person's data so the next one never sees it.
      queryClient.setQueryData(sessionKeys.current(), null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
      uiSignedOut();
    },
  });
}
