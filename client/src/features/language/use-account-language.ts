// The language follows the person: signed in, the account's choice (User.locale) is applied on this browser too;
// a new choice is saved on the account. Before anyone signs in, the browser's own choice or languages decide.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@domain/locales.ts';
import type { User } from '@domain/schemas.ts';
import { useErrorText } from '../../i18n/error-text.ts';
import { chooseLanguage } from '../../i18n/i18n.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { useSession, type Session } from '../../lib/auth/get-session.ts';
import { sessionKeys } from '../../lib/auth/session-keys.ts';

/** Applies the signed-in person's language when the session (re)loads with one. */
export function useAccountLanguage() {
  const { data: session } = useSession();
  const locale = session?.user.locale ?? null;
  useEffect(() => {
    if (locale) void chooseLanguage(locale);
  }, [locale]);
}

/** Saves a language choice on the signed-in person's account (nothing to save when nobody is signed in). */
export function useSaveLanguage(): (language: UiLanguage) => void {
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mutation = useMutation({
    mutationFn: ({ userId, language }: { userId: string; language: UiLanguage }) =>
      apiRequest<User>(`/users/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { locale: language } }),
    onSuccess: (user) =>
      queryClient.setQueryData<Session | null>(sessionKeys.current(), (s) => (s ? { ...s, user: { ...s.user, locale: user.locale } } : s)),
    onError: (error) => useUiStore.getState().toastShown(t('language.saveFailed', { message: errorText(error) }), 'error'),
  });
  return (language) => {
    if (session && session.user.locale !== language) mutation.mutate({ userId: session.user.id, language });
  };
}
