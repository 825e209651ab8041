// POST /api/users (editors): adds a person; names and accounts are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody } from '@domain/requests.ts';
import type { User } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { peopleKeys } from '../../../lib/queries/people-keys.ts';

export const createUser = (body: CreateUserBody) => apiRequest<User>('/users', { method: 'POST', body });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
