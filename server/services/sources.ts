// Sources: who a claim is attributed to: added, renamed and removed while no live claim uses them.
import type { CreateSourceBody, UpdateSourceBody } from '../../domain/requests.ts';
import type { Source } from '../../domain/schemas.ts';
import { conflict, notFound } from '../errors.ts';
import type { Repositories } from '../store/repositories.ts';
import type { ChangeContext } from './context.ts';

export async function findSource(repos: Repositories, id: string): Promise<Source> {
  const source = await repos.sources.find(id);
  if (!source) throw notFound('source', id);
  return source;
}

/** A readable id from a Latin name (`"Élysée"` → `elysee`); a random one for names with no Latin letters or a taken slug. */
async function newSourceId(tx: Repositories, name: string, ctx: ChangeContext): Promise<string> {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  if (slug.length >= 2 && !(await tx.sources.idTaken(slug))) return slug;
  return ctx.newId();
}

async function refuseTakenName(tx: Repositories, name: string, exceptId?: string): Promise<void> {
  if (await tx.sources.findByName(name, exceptId)) {
    throw conflict('duplicate_source', `A source named "${name}" already exists`, 'name', { params: { name } });
  }
}

export async function createSource(tx: Repositories, body: CreateSourceBody, ctx: ChangeContext): Promise<Source> {
  await refuseTakenName(tx, body.name);
  const source: Source = {
    id: await newSourceId(tx, body.name, ctx),
    name: body.name,
    ...(body.kind ? { kind: body.kind } : {}),
    ...(body.country ? { country: body.country } : {}),
    names: body.names ?? {},
    aliases: body.aliases ?? [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await tx.sources.insert(source);
  return source;
}

export async function updateSource(tx: Repositories, id: string, body: UpdateSourceBody, ctx: ChangeContext): Promise<Source> {
  const current = await findSource(tx, id);
  if (body.name) await refuseTakenName(tx, body.name, id);
  const next: Source = { ...current, ...body, updatedAt: ctx.now };
  await tx.sources.update(next);
  return next;
}

export async function deleteSource(tx: Repositories, id: string): Promise<void> {
  await findSource(tx, id);
  const used = await tx.claims.countOfSource(id);
  if (used > 0) {
    throw conflict('source_in_use', `This source is used by ${used} claim(s); reattribute or delete them first`, 'id', { params: { count: used } });
  }
  await tx.sources.remove(id);
}
