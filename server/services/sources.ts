// Sources: who a claim is attributed to. Pure functions from the store state to the next state.
import type { CreateSourceBody, UpdateSourceBody } from '../../domain/requests.ts';
import type { Source, StoreData } from '../../domain/schemas.ts';
import { conflict, notFound } from '../errors.ts';
import type { Change } from '../store/store.ts';
import type { ChangeContext } from './context.ts';

export function listSources(data: StoreData): Source[] {
  return [...data.sources].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function findSource(data: StoreData, id: string): Source {
  const source = data.sources.find((s) => s.id === id);
  if (!source) throw notFound('source', id);
  return source;
}

/** A readable id from a Latin name (`"Élysée"` → `elysee`); a random one for names with no Latin letters or a taken slug. */
function newSourceId(data: StoreData, name: string, ctx: ChangeContext): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  if (slug.length >= 2 && !data.sources.some((s) => s.id === slug)) return slug;
  return ctx.newId();
}

export function createSource(data: StoreData, body: CreateSourceBody, ctx: ChangeContext): Change<Source> {
  const name = body.name;
  if (data.sources.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw conflict('duplicate_source', `A source named "${name}" already exists`, 'name', { params: { name } });
  }
  const source: Source = {
    id: newSourceId(data, name, ctx),
    name,
    ...(body.kind ? { kind: body.kind } : {}),
    ...(body.country ? { country: body.country } : {}),
    names: body.names ?? {},
    aliases: body.aliases ?? [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { data: { ...data, sources: [...data.sources, source] }, result: source };
}

export function updateSource(data: StoreData, id: string, body: UpdateSourceBody, ctx: ChangeContext): Change<Source> {
  const current = findSource(data, id);
  if (body.name && data.sources.some((s) => s.id !== id && s.name.toLowerCase() === body.name!.toLowerCase())) {
    throw conflict('duplicate_source', `A source named "${body.name}" already exists`, 'name', { params: { name: body.name } });
  }
  const next: Source = { ...current, ...body, updatedAt: ctx.now };
  return { data: { ...data, sources: data.sources.map((s) => (s.id === id ? next : s)) }, result: next };
}

export function deleteSource(data: StoreData, id: string): Change<null> {
  findSource(data, id);
  const used = data.claims.filter((c) => c.sourceId === id && c.deletedAt === null).length;
  if (used > 0) {
    throw conflict('source_in_use', `This source is used by ${used} claim(s); reattribute or delete them first`, 'id', { params: { count: used } });
  }
  return { data: { ...data, sources: data.sources.filter((s) => s.id !== id) }, result: null };
}
