// PATCH /api/users/:id (editors): role, password reset, disabled. Disabling or a reset ends that person's sessions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserBody } from '@domain/requests.ts';
import type { User } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { peopleKeys } from '../../../lib/queries/people-keys.ts';

export interface UpdateUserInput {
  userId: string;
  changes: UpdateUserBody;
}

export const updateUser = ({ userId, changes }: UpdateUserInput) =>
  apiRequest<User>(`/users/${encodeURIComponent(userId)}`, { method: 'PATCH', body: changes });

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
