// Whether the signed-in person is an editor: editor-only pages and links ask this (the server enforces it too).
import { useSession } from '../session/api/get-session.ts';

export function useIsEditor(): boolean {
  const { data: session } = useSession();
  return session?.user.role === 'editor';
}
