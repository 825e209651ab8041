// People: the first editor at set-up, then accounts that editors add, change, reset and disable.
// Password hashes arrive already computed: hashing is slow and must not hold a unit of work.
import type { z } from 'zod';
import type { CreateUserBodySchema, SetupBodySchema, UpdateUserBodySchema } from '../../domain/requests.ts';
import type { User, UserRecord } from '../../domain/schemas.ts';
import { HttpError, conflict, notFound } from '../errors.ts';
import { toPublicUser } from '../auth/sessions.ts';
import type { Repositories } from '../store/repositories.ts';
import type { ChangeContext } from './context.ts';

type WithHash<T> = Omit<T, 'password'> & { passwordHash: string };
type NewUser = WithHash<z.output<typeof CreateUserBodySchema>>;
type UserChange = Omit<z.output<typeof UpdateUserBodySchema>, 'password'> & { passwordHash?: string };

export const setupNeeded = async (repos: Repositories) => (await repos.users.count()) === 0;

export async function listUsers(repos: Repositories): Promise<User[]> {
  return (await repos.users.list()).map(toPublicUser);
}

export async function findUserRecord(repos: Repositories, id: string): Promise<UserRecord> {
  const user = await repos.users.find(id);
  if (!user) throw notFound('user', id);
  return user;
}

export async function createUser(tx: Repositories, body: NewUser, ctx: ChangeContext): Promise<User> {
  if (await tx.users.findByUsername(body.username)) {
    throw conflict('duplicate_username', `The username "${body.username}" is taken`, 'username', { params: { username: body.username } });
  }
  const user: UserRecord = { id: ctx.newId(), ...body, disabled: false, locale: null, createdAt: ctx.now, updatedAt: ctx.now };
  await tx.users.insert(user);
  return toPublicUser(user);
}

/** The first account of a new store: always an editor; refused once any account exists. */
export async function createFirstEditor(tx: Repositories, body: WithHash<z.output<typeof SetupBodySchema>>, ctx: ChangeContext): Promise<User> {
  if (!(await setupNeeded(tx))) throw conflict('setup_done', 'Claimdesk is already set up: sign in instead');
  return createUser(tx, { ...body, role: 'editor' }, ctx);
}

const isActiveEditor = (u: UserRecord) => u.role === 'editor' && !u.disabled;

export async function updateUser(tx: Repositories, id: string, body: UserChange, ctx: ChangeContext): Promise<User> {
  const current = await findUserRecord(tx, id);
  const next: UserRecord = { ...current, ...body, updatedAt: ctx.now };
  const editors = (await tx.users.countActiveEditors()) - Number(isActiveEditor(current)) + Number(isActiveEditor(next));
  if (editors === 0) {
    throw new HttpError(409, 'last_editor', 'Claimdesk needs at least one active editor', body.disabled ? 'disabled' : 'role');
  }
  await tx.users.update(next);
  // A disabled account or a reset password ends that person's sessions at once.
  if (body.disabled === true || body.passwordHash !== undefined) await tx.sessions.removeForUser(id);
  return toPublicUser(next);
}
