// The header links of the review work: "My claims" for everyone, the queue, people and sources for editors only.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../../../lib/auth/get-session.ts';
import { useCan } from '../../../lib/auth/use-can.ts';

export function MainNavLinks() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const can = useCan();
  if (!session) return null;
  return (
    <>
      <Link href="/mine">{t('nav.mine')}</Link>
      {can('claim.review') && <Link href="/review">{t('nav.review')}</Link>}
      {can('user.list') && <Link href="/people">{t('nav.people')}</Link>}
      {can('source.edit') && <Link href="/sources">{t('nav.sources')}</Link>}
    </>
  );
}
