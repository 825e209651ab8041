// The newsroom's source directory (issue 17, item 1): the kinds a source may be, and the people and institutions under
// a source, each named per language with aliases. Speaker resolution (domain/suggestions/known-speakers.ts) reads it.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { REFUSAL_MESSAGES as REFUSED } from './refusals.ts';

/** What a source is: the one vocabulary the schema, the Sources screen and the suggester read. */
export const SOURCE_KINDS = ['government', 'ministry', 'presidency', 'armed-forces', 'agency', 'organisation', 'person'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** Kinds that speak for their country: its capital and its name may stand for them as the subject of a speech verb. */
export const COUNTRY_VOICE_KINDS: readonly SourceKind[] = ['government', 'presidency'];

const LEGACY_KINDS: Record<string, SourceKind> = { 'armed forces': 'armed-forces', armed_forces: 'armed-forces', army: 'armed-forces', organization: 'organisation' };

/**
 * A stored kind as the vocabulary has it: store files written before the vocabulary may hold any words
 * (`authority`), read as `organisation` rather than refused, so that an old store still opens.
 */
export function toSourceKind(value: string | null | undefined): SourceKind | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const lower = value.trim().toLowerCase();
  const known = SourceKindSchema.safeParse(lower);
  return known.success ? known.data : (LEGACY_KINDS[lower] ?? 'organisation');
}

/** An ISO 3166-1 alpha-2 code, upper case (`AM`). */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, REFUSED.country_code)
  .transform((s) => s.toUpperCase());

const languageKey = z.string().max(LIMITS.language).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);

/** One text per language tag (`{ en: "Nikol Pashinyan", ar: "نيكول باشينيان" }`). */
export const localized = (value: z.ZodType<string>) => z.record(languageKey, value);

/** A person attached to a source, who speaks for it: names, aliases and role phrases per language, and the dates. */
export const SourcePersonSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  names: localized(z.string().min(1).max(LIMITS.sourceName)),
  aliases: z.array(z.string().min(1).max(LIMITS.alias)).max(LIMITS.sourceAliases).default([]),
  /** How the press names the office (`Prime Minister of Armenia`, «رئيس الوزراء الأرميني», `Premier ministre arménien`). */
  roles: localized(z.string().min(1).max(LIMITS.rolePhrase)).default({}),
  from: z.iso.date().nullable().default(null),
  to: z.iso.date().nullable().default(null),
});
export type SourcePerson = z.infer<typeof SourcePersonSchema>;

/** An institution under a source (the Armenian foreign ministry under the Armenian government): it speaks for it. */
export const SourceInstitutionSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  names: localized(z.string().min(1).max(LIMITS.sourceName)),
  aliases: z.array(z.string().min(1).max(LIMITS.alias)).max(LIMITS.sourceAliases).default([]),
});
export type SourceInstitution = z.infer<typeof SourceInstitutionSchema>;

/** What of a source speaks for it: enough to find every name it goes by. */
export interface DirectoryEntry {
  people?: readonly Pick<SourcePerson, 'names' | 'aliases' | 'roles'>[] | undefined;
  institutions?: readonly Pick<SourceInstitution, 'names' | 'aliases'>[] | undefined;
}

/** Every name, alias and role phrase of a source's people and institutions, each once, in the order given. */
export function directoryNames(entry: DirectoryEntry): string[] {
  const names = [
    ...(entry.people ?? []).flatMap((p) => [...Object.values(p.names), ...p.aliases, ...Object.values(p.roles)]),
    ...(entry.institutions ?? []).flatMap((i) => [...Object.values(i.names), ...i.aliases]),
  ];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
}
