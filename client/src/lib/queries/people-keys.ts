// Query keys for people: the names everyone may see, and the accounts editors manage.
export const peopleKeys = {
  all: ['people'] as const,
  names: () => [...peopleKeys.all, 'names'] as const,
  accounts: () => [...peopleKeys.all, 'accounts'] as const,
};
