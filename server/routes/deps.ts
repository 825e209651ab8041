// What every router is built from.
import type { Response } from 'express';
import type { HtmlExtractor } from '../intake/html-extractor.ts';
import type { ChangeContext } from '../services/context.ts';
import type { Suggester } from '../suggestions/suggester.ts';
import type { Store } from '../store/repositories.ts';

export interface RouteDeps {
  store: Store;
  /** A fresh timestamp, id source and actor (the signed-in user of `res`) for each change. */
  context: (res: Response) => ChangeContext;
  clock: () => Date;
  /** scrypt cost (N) for new password hashes. */
  passwordCost: number;
  /** Whether cookies get the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** Where readers reach Claimdesk (PUBLIC_BASE_URL); absolute links in reports are built on it only. */
  publicBaseUrl: string | null;
  /** Reads pasted or uploaded HTML pages off the event loop. */
  htmlExtractor: HtmlExtractor;
  /** Suggests statements off the event loop. */
  suggester: Suggester;
}
