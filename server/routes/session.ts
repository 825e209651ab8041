// Signing in and out, and the one-time set-up of the first editor. Failed sign-ins and set-up attempts are limited
// (server/auth/sign-in-limits.ts).
import { Router, type Response } from 'express';
import { LoginBodySchema, SetupBodySchema } from '../../domain/requests.ts';
import type { User } from '../../domain/schemas.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { setupLimit, signInLimits } from '../auth/sign-in-limits.ts';
import { SESSION_COOKIE, cookieOptions, currentSession, currentUser, openSession, requireUser, toPublicUser } from '../auth/sessions.ts';
import { HttpError, parseOr400 } from '../errors.ts';
import { createFirstEditor, setupNeeded } from '../services/users.ts';
import type { RouteDeps } from './deps.ts';

/** A hash of a password nobody has, checked when the username is unknown so that timing does not tell. */
let decoyHash: Promise<string> | null = null;

export function sessionRouter(deps: RouteDeps): Router {
  const { store, clock } = deps;
  const router = Router();

  /** Opens a session for `user`, sets the cookie and answers with who they are and their CSRF token. */
  const signIn = async (res: Response, user: User, status: number) => {
    const result = await store.transaction((tx) => openSession(tx, user.id, clock()));
    res.cookie(SESSION_COOKIE, result.token, cookieOptions(deps.secureCookies));
    res.status(status).json({ user, csrfToken: result.session.csrfToken });
  };

  router.get('/setup', async (_req, res) => {
    res.json({ needed: await setupNeeded(store.read) });
  });
  router.post('/setup', setupLimit(store.attempts), async (req, res) => {
    const { password, ...body } = parseOr400(SetupBodySchema, req.body, 'body');
    if (!(await setupNeeded(store.read))) throw new HttpError(409, 'setup_done', 'Claimdesk is already set up: sign in instead');
    const passwordHash = await hashPassword(password, deps.passwordCost);
    const user = await store.transaction((tx) => createFirstEditor(tx, { ...body, passwordHash }, deps.context(res)));
    await signIn(res, user, 201);
  });

  router.post('/session', ...signInLimits(store.attempts), async (req, res) => {
    const { username, password } = parseOr400(LoginBodySchema, req.body, 'body');
    const record = await store.read.users.findByUsername(username.toLowerCase());
    decoyHash ??= hashPassword('no such password', deps.passwordCost);
    const ok = await verifyPassword(password, record?.passwordHash ?? (await decoyHash));
    if (!record || !ok) throw new HttpError(401, 'bad_credentials', 'Wrong username or password', 'password');
    if (record.disabled) throw new HttpError(403, 'account_disabled', 'This account is disabled; ask an editor', 'username');
    await signIn(res, toPublicUser(record), 200);
  });
  router.get('/session', requireUser, (_req, res) => {
    res.json({ user: currentUser(res.locals), csrfToken: currentSession(res.locals).csrfToken });
  });
  // The session `authenticate` resolved for this request: the cookie is not read again.
  router.delete('/session', requireUser, async (_req, res) => {
    const { tokenHash } = currentSession(res.locals);
    await store.transaction((tx) => tx.sessions.remove(tokenHash));
    res.clearCookie(SESSION_COOKIE, { ...cookieOptions(deps.secureCookies), maxAge: undefined });
    res.status(204).end();
  });
  return router;
}
