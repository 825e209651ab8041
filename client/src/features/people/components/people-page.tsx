// /people (editors): everyone with a Claimdesk account, their role and status, and a form to add a person.
import '../people.css';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useSession } from '../../../lib/auth/get-session.ts';
import { useUsers } from '../api/get-users.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { AddPersonForm } from './add-person-form.tsx';
import { PersonRow } from './person-row.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

export function PeoplePage() {
  const { t } = useTranslation('people');
  useDocumentTitle(t('heading'));
  const canManage = useCan()('user.list');
  if (!canManage) return <StatusMessage title={t('editorsOnlyTitle')}>{t('editorsOnly')}</StatusMessage>;
  return <PeopleList />;
}

function PeopleList() {
  const { t } = useTranslation('people');
  const errorText = useErrorText();
  const { data: users, isPending, error } = useUsers();
  const { data: session } = useSession();
  if (isPending) return <StatusMessage>{t('loading')}</StatusMessage>;
  if (error) return <StatusMessage tone="error" title={t('loadFailed')}>{errorText(error)}</StatusMessage>;
  return (
    <main className="people-page">
      <h1>{t('heading')}</h1>
      <table className="people-table">
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.role')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <PersonRow key={user.id} user={user} isMe={user.id === session?.user.id} />
          ))}
        </tbody>
      </table>
      <AddPersonForm />
    </main>
  );
}
