// Query keys for the signed-in session and the one-time set-up.
export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  setup: () => [...sessionKeys.all, 'setup'] as const,
};
