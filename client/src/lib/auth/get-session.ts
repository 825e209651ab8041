// GET /api/session: who is signed in and their CSRF token; null when nobody is (401).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@domain/schemas.ts';
import { ApiError, apiRequest, setCsrfToken } from '../api-client.ts';
import { sessionKeys } from './session-keys.ts';

export interface Session {
  user: User;
  csrfToken: string;
}

export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = await apiRequest<Session>('/session', { signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionKeys.current(), queryFn: ({ signal }) => getSession(signal), staleTime: Infinity });

export const useSession = () => useQuery(sessionQueryOptions());
