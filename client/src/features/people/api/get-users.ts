// GET /api/users (editors): every account with its username, role and status.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { peopleKeys } from '../../../lib/queries/people-keys.ts';

export const getUsers = (signal?: AbortSignal) => apiRequest<User[]>('/users', { signal });

export const usersQueryOptions = () =>
  queryOptions({ queryKey: peopleKeys.accounts(), queryFn: ({ signal }) => getUsers(signal) });

export const useUsers = () => useQuery(usersQueryOptions());
