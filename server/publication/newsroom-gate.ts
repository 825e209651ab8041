// The server's side of the newsroom check (issue 15, item 5): publishing and publication exports answer 409
// `newsroom_not_ready`, naming the settings field to fix, while domain/publication/blockers.ts finds a reason.
import { blockerMessage, publicationBlockers } from '../../domain/publication/blockers.ts';
import type { Settings } from '../../domain/schemas.ts';
import { conflict } from '../errors.ts';

/** The settings, when the newsroom may publish with them; else throws 409 for the first blocker. */
export function requirePublishable(settings: Settings): Settings & { publicBaseUrl: string } {
  const [first] = publicationBlockers(settings);
  if (first) throw conflict('newsroom_not_ready', blockerMessage(first), first.field, { params: { reason: first.reason } });
  return settings as Settings & { publicBaseUrl: string };
}
