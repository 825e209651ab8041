// People: the first editor at set-up, then accounts that editors add, change, reset and disable.
// Password hashes arrive already computed (hashing is slow and async; changes are pure and sync).
import type { z } from 'zod';
import type { CreateUserBodySchema, SetupBodySchema, UpdateUserBodySchema } from '../../domain/requests.ts';
import type { StoreData, User, UserRecord } from '../../domain/schemas.ts';
import { HttpError, conflict, notFound } from '../errors.ts';
import { toPublicUser } from '../auth/sessions.ts';
import type { Change } from '../store/store.ts';
import type { ChangeContext } from './context.ts';

type WithHash<T> = Omit<T, 'password'> & { passwordHash: string };
type NewUser = WithHash<z.output<typeof CreateUserBodySchema>>;
type UserChange = Omit<z.output<typeof UpdateUserBodySchema>, 'password'> & { passwordHash?: string };

export const setupNeeded = (data: StoreData) => data.users.length === 0;

export function listUsers(data: StoreData): User[] {
  return data.users.map(toPublicUser).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export function findUserRecord(data: StoreData, id: string): UserRecord {
  const user = data.users.find((u) => u.id === id);
  if (!user) throw notFound('user', id);
  return user;
}

export function createUser(data: StoreData, body: NewUser, ctx: ChangeContext): Change<User> {
  if (data.users.some((u) => u.username === body.username)) {
    throw conflict('duplicate_username', `The username "${body.username}" is taken`, 'username', { params: { username: body.username } });
  }
  const user: UserRecord = { id: ctx.newId(), ...body, disabled: false, locale: null, createdAt: ctx.now, updatedAt: ctx.now };
  return { data: { ...data, users: [...data.users, user] }, result: toPublicUser(user) };
}

/** The first account of a new store: always an editor; refused once any account exists. */
export function createFirstEditor(data: StoreData, body: WithHash<z.output<typeof SetupBodySchema>>, ctx: ChangeContext): Change<User> {
  if (!setupNeeded(data)) throw conflict('setup_done', 'Claimdesk is already set up: sign in instead');
  return createUser(data, { ...body, role: 'editor' }, ctx);
}

const activeEditors = (users: UserRecord[]) => users.filter((u) => u.role === 'editor' && !u.disabled).length;

export function updateUser(data: StoreData, id: string, body: UserChange, ctx: ChangeContext): Change<User> {
  const current = findUserRecord(data, id);
  const next: UserRecord = { ...current, ...body, updatedAt: ctx.now };
  const users = data.users.map((u) => (u.id === id ? next : u));
  if (activeEditors(users) === 0) {
    throw new HttpError(409, 'last_editor', 'Claimdesk needs at least one active editor', body.disabled ? 'disabled' : 'role');
  }
  // A disabled account or a reset password ends that person's sessions at once.
  const endSessions = body.disabled === true || body.passwordHash !== undefined;
  const sessions = endSessions ? data.sessions.filter((s) => s.userId !== id) : data.sessions;
  return { data: { ...data, users, sessions }, result: toPublicUser(next) };
}
