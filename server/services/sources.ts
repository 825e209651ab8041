// Sources: who a claim is attributed to, and the newsroom's directory of them (issue 17, item 1): names, kind, country,
// sameAs, people and institutions. Editors change, merge and remove them; every change is in the source's audit log,
// and every claim moved by a merge or a removal in its own.
import { LIMITS } from '../../domain/limits.ts';
import type { CreateSourceBody, SourceInstitutionBody, SourcePersonBody, UpdateSourceBody } from '../../domain/requests.ts';
import type { Claim, Source, SourceAuditEntry } from '../../domain/schemas.ts';
import type { SourceInstitution, SourcePerson } from '../../domain/source-directory.ts';
import { conflict, HttpError, notFound } from '../errors.ts';
import type { Repositories } from '../store/repositories.ts';
import { appendAudit } from './audit.ts';
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

function audit(tx: Repositories, sourceId: string, action: SourceAuditEntry['action'], before: unknown, after: unknown, ctx: ChangeContext) {
  return tx.sources.appendAudit([{ id: ctx.newId(), at: ctx.now, userId: ctx.userId, sourceId, action, before: before ?? null, after: after ?? null }]);
}

function personOf(body: SourcePersonBody, ctx: ChangeContext): SourcePerson {
  return { id: body.id ?? ctx.newId(), names: body.names, aliases: body.aliases ?? [], roles: body.roles ?? {}, from: body.from ?? null, to: body.to ?? null };
}

function institutionOf(body: SourceInstitutionBody, ctx: ChangeContext): SourceInstitution {
  return { id: body.id ?? ctx.newId(), names: body.names, aliases: body.aliases ?? [] };
}

/** `source` with the fields `body` sets; null clears `kind`, `country` and `sameAs`. */
function applyBody(source: Source, body: UpdateSourceBody, ctx: ChangeContext): Source {
  const { kind, country, sameAs, people, institutions, ...rest } = body;
  const next: Source = { ...source, ...rest };
  for (const [key, value] of [['kind', kind], ['country', country], ['sameAs', sameAs]] as const) {
    if (value === null) delete next[key];
    else if (value !== undefined) Object.assign(next, { [key]: value });
  }
  if (people) next.people = people.map((p) => personOf(p, ctx));
  if (institutions) next.institutions = institutions.map((i) => institutionOf(i, ctx));
  return next;
}

export async function createSource(tx: Repositories, body: CreateSourceBody, ctx: ChangeContext): Promise<Source> {
  await refuseTakenName(tx, body.name);
  const blank: Source = { id: await newSourceId(tx, body.name, ctx), name: body.name, names: {}, aliases: [], people: [], institutions: [], createdAt: ctx.now, updatedAt: ctx.now };
  const source = applyBody(blank, body, ctx);
  await tx.sources.insert(source);
  await audit(tx, source.id, 'create', null, source, ctx);
  return source;
}

export async function updateSource(tx: Repositories, id: string, body: UpdateSourceBody, ctx: ChangeContext): Promise<Source> {
  const current = await findSource(tx, id);
  if (body.name) await refuseTakenName(tx, body.name, id);
  const next = { ...applyBody(current, body, ctx), updatedAt: ctx.now };
  await tx.sources.update(next);
  await audit(tx, id, 'update', current, next, ctx);
  return next;
}

/** Moves every claim of `from` (live or deleted) to `to`, each a new version with a `source` entry in its history. */
async function moveClaims(tx: Repositories, from: string, to: string, ctx: ChangeContext): Promise<number> {
  const claims = await tx.claims.ofSource(from);
  for (const claim of claims) {
    const next: Claim = { ...claim, sourceId: to, version: claim.version + 1, updatedAt: ctx.now, updatedBy: ctx.userId };
    if (!(await tx.claims.update(next, claim.version))) throw conflict('version_conflict', 'A claim of this source changed meanwhile; try again', 'id');
    await appendAudit(tx, next, [{ action: 'source', before: from, after: to }], ctx);
  }
  return claims.length;
}

async function targetOf(tx: Repositories, id: string, targetId: string, field: string): Promise<Source> {
  if (targetId === id) throw new HttpError(400, 'same_source', 'A source cannot take its own claims; choose another one', field);
  const target = await tx.sources.find(targetId);
  if (!target) throw new HttpError(400, 'invalid_request', `${field}: no source with id "${targetId}"`, field, { params: { reason: 'unknown_source' } });
  return target;
}

const unique = <T>(items: readonly T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};

/**
 * Merges source `id` into `into`: its claims move there, its names become aliases there, its people and institutions
 * join those of `into` (the first of two with the same id kept), and `id` is gone. Both sources' logs record it.
 */
export async function mergeSource(tx: Repositories, id: string, intoId: string, ctx: ChangeContext): Promise<{ source: Source; moved: number }> {
  const merged = await findSource(tx, id);
  const target = await targetOf(tx, id, intoId, 'into');
  const aliases = unique([...target.aliases, merged.name, ...Object.values(merged.names), ...merged.aliases], (a) => a.toLowerCase());
  const next: Source = {
    ...target,
    aliases: aliases.slice(0, LIMITS.sourceAliases),
    people: unique([...target.people, ...merged.people], (p) => p.id),
    institutions: unique([...target.institutions, ...merged.institutions], (i) => i.id),
    ...(target.sameAs === undefined && merged.sameAs !== undefined && { sameAs: merged.sameAs }),
    updatedAt: ctx.now,
  };
  const moved = await moveClaims(tx, id, intoId, ctx);
  await tx.sources.remove(id);
  await tx.sources.update(next);
  await audit(tx, id, 'merge', merged, { into: intoId, movedClaims: moved }, ctx);
  await audit(tx, intoId, 'update', target, next, ctx);
  return { source: next, moved };
}

/**
 * Removes a source. One that live claims use is refused with 409 `source_in_use` naming `moveClaimsTo`, unless that
 * names the source its claims (live and deleted) move to.
 */
export async function deleteSource(tx: Repositories, id: string, moveClaimsTo: string | undefined, ctx: ChangeContext): Promise<void> {
  const source = await findSource(tx, id);
  let moved = 0;
  if (moveClaimsTo !== undefined) {
    await targetOf(tx, id, moveClaimsTo, 'moveClaimsTo');
    moved = await moveClaims(tx, id, moveClaimsTo, ctx);
  } else {
    const used = await tx.claims.countOfSource(id);
    if (used > 0) {
      throw conflict('source_in_use', `This source is used by ${used} claim(s); say which source takes them (moveClaimsTo)`, 'moveClaimsTo', { params: { count: used } });
    }
  }
  await tx.sources.remove(id);
  await audit(tx, id, 'delete', source, moveClaimsTo === undefined ? null : { movedClaimsTo: moveClaimsTo, movedClaims: moved }, ctx);
}
