// The signed-in person in the header, with Sign out.
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/auth/get-session.ts';
import { useSignOut } from '../api/sign-in.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  if (!session) return null;
  return (
    <>
      <span className="app-user" dir="auto">
        {session.user.displayName}
      </span>
      <button type="button" className="quiet" onClick={() => signOut.mutate()}>
        {t('nav.signOut')}
      </button>
    </>
  );
}
