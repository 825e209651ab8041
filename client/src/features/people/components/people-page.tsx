// /people (editors): everyone with a Claimdesk account, their role and status, and a form to add a person.
import '../people.css';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useSession } from '../../session/api/get-session.ts';
import { useUsers } from '../api/get-users.ts';
import { useIsEditor } from '../use-is-editor.ts';
import { AddPersonForm } from './add-person-form.tsx';
import { PersonRow } from './person-row.tsx';

export function PeoplePage() {
  const isEditor = useIsEditor();
  if (!isEditor) return <StatusMessage title="Only editors manage people">Ask an editor to add or change an account.</StatusMessage>;
  return <PeopleList />;
}

function PeopleList() {
  const { data: users, isPending, error } = useUsers();
  const { data: session } = useSession();
  if (isPending) return <StatusMessage>Loading people…</StatusMessage>;
  if (error) return <StatusMessage tone="error" title="People could not be loaded">{error.message}</StatusMessage>;
  return (
    <main className="people-page">
      <h1>People</h1>
      <table className="people-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
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
