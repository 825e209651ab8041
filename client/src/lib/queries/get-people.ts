// GET /api/people: everyone's name, role and status, for timelines, filters and "returned by".
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Person } from '@domain/schemas.ts';
import { apiRequest } from '../api-client.ts';
import { peopleKeys } from './people-keys.ts';

export const getPeople = (signal?: AbortSignal) => apiRequest<Person[]>('/people', { signal });

export const peopleQueryOptions = () =>
  queryOptions({ queryKey: peopleKeys.names(), queryFn: ({ signal }) => getPeople(signal), staleTime: 5 * 60_000 });

export const usePeople = () => useQuery(peopleQueryOptions());

/** A function from user id to display name; "someone" while names load or for changes made before accounts existed. */
export function usePersonName(): (userId: string | null) => string {
  const { t } = useTranslation();
  const { data: people } = usePeople();
  return useCallback(
    (userId) => (userId === null ? t('appName') : (people?.find((p) => p.id === userId)?.displayName ?? t('someone'))),
    [people, t],
  );
}
