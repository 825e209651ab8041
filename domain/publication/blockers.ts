// Why the newsroom cannot publish yet (issue 15, item 5): a public page or a ClaimReview signed "Claimdesk newsroom",
// or pointing at localhost, would embarrass the newsroom and mislead search engines. The settings page shows these
// reasons first; the server refuses publishing and publication exports while any is left.
import { DEFAULT_SETTINGS, type Settings } from '../schemas.ts';

export type PublicationBlocker =
  | { field: 'newsroomName'; reason: 'default_name' }
  | { field: 'publicBaseUrl'; reason: 'unset' | 'loopback' };

/** Hosts that only the machine itself reaches: `localhost`, `*.localhost`, 127.0.0.0/8, `::1`, `0.0.0.0`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '0.0.0.0') return true;
  return host === '::1' || host === '::' || host === '0:0:0:0:0:0:0:1' || host === '::ffff:127.0.0.1' || host === '::ffff:7f00:1';
}

/** The reasons publishing is refused, in the order the settings page lists them; empty when the newsroom may publish. */
export function publicationBlockers(settings: Pick<Settings, 'newsroomName' | 'publicBaseUrl'>): PublicationBlocker[] {
  const blockers: PublicationBlocker[] = [];
  if (settings.newsroomName.trim() === DEFAULT_SETTINGS.newsroomName) blockers.push({ field: 'newsroomName', reason: 'default_name' });
  if (!settings.publicBaseUrl) blockers.push({ field: 'publicBaseUrl', reason: 'unset' });
  else {
    let host: string | null = null;
    try {
      host = new URL(settings.publicBaseUrl).hostname;
    } catch {
      host = null; // not a URL at all: as good as unset for a reader
    }
    if (host === null) blockers.push({ field: 'publicBaseUrl', reason: 'unset' });
    else if (isLoopbackHost(host)) blockers.push({ field: 'publicBaseUrl', reason: 'loopback' });
  }
  return blockers;
}

/** The refusal's English message (the client words it by `reason` in the reader's language). */
export function blockerMessage(blocker: PublicationBlocker): string {
  if (blocker.field === 'newsroomName') return 'newsroomName: set the newsroom\'s name in Settings before publishing (it is still the default "Claimdesk newsroom")';
  return blocker.reason === 'loopback'
    ? 'publicBaseUrl: the public base URL is a loopback address that readers cannot reach; set the public address in Settings'
    : 'publicBaseUrl: set the public base URL in Settings before publishing';
}
