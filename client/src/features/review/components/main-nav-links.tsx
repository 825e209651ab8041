// The header links of the review work: "My claims" for everyone, the queue and people for editors only.
import { Link } from 'wouter';
import { useSession } from '../../session/api/get-session.ts';

export function MainNavLinks() {
  const { data: session } = useSession();
  if (!session) return null;
  return (
    <>
      <Link href="/mine">My claims</Link>
      {session.user.role === 'editor' && (
        <>
          <Link href="/review">Review queue</Link>
          <Link href="/people">People</Link>
        </>
      )}
    </>
  );
}
