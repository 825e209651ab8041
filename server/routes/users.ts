// /api/users: editors list, add and change people (role, password, disabled); anyone may change their own locale.
import { Router } from 'express';
import { CreateUserBodySchema, UpdateUserBodySchema } from '../../domain/requests.ts';
import { IdSchema } from '../../domain/schemas.ts';
import { hashPassword } from '../auth/passwords.ts';
import { authorize, permit } from '../auth/policy.ts';
import { currentUser } from '../auth/sessions.ts';
import { parseOr400 } from '../errors.ts';
import { createUser, listUsers, updateUser } from '../services/users.ts';
import type { RouteDeps } from './deps.ts';

/** `GET /api/people`: everyone's id, name and role, for any signed-in user (timelines, filters, "checked by"). */
export function peopleRouter({ store }: RouteDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.json((await listUsers(store.read)).map(({ id, displayName, role, disabled }) => ({ id, displayName, role, disabled })));
  });
  return router;
}

export function usersRouter({ store, context, passwordCost }: RouteDeps): Router {
  const router = Router();
  router.get('/', permit('user.list'), async (_req, res) => {
    res.json(await listUsers(store.read));
  });
  router.post('/', permit('user.create'), async (req, res) => {
    const { password, ...body } = parseOr400(CreateUserBodySchema, req.body, 'body');
    const passwordHash = await hashPassword(password, passwordCost);
    res.status(201).json(await store.transaction((tx) => createUser(tx, { ...body, passwordHash }, context(res))));
  });
  router.patch('/:id', async (req, res) => {
    const id = parseOr400(IdSchema, req.params.id, 'id');
    const { password, ...body } = parseOr400(UpdateUserBodySchema, req.body, 'body');
    const me = currentUser(res.locals);
    const onlyLocale = Object.keys(req.body).every((k) => k === 'locale');
    authorize(me, onlyLocale ? 'user.locale' : 'user.edit', { own: id === me.id });
    const passwordHash = password === undefined ? undefined : await hashPassword(password, passwordCost);
    res.json(await store.transaction((tx) => updateUser(tx, id, { ...body, ...(passwordHash ? { passwordHash } : {}) }, context(res))));
  });
  return router;
}
