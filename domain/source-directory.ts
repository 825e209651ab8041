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

/** A person as name matching reads them: names, aliases, role phrases, and the dates of the role when known. */
export type DirectoryPerson = Pick<SourcePerson, 'names' | 'aliases' | 'roles'> & Partial<Pick<SourcePerson, 'from' | 'to'>>;

/** What of a source speaks for it: enough to find every name it goes by. */
export interface DirectoryEntry {
  people?: readonly DirectoryPerson[] | undefined;
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

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The first and last day a date stands for, as ISO dates: `2018-05-08` is one day, `2018-05` the month, `2018` the
 * year (a page often gives no more). Null when `date` is no such date.
 */
export function dateSpan(date: string): { first: string; last: string } | null {
  const m = PARTIAL_DATE.exec(date.trim());
  if (!m) return null;
  const [, year, month, day] = m;
  if (day !== undefined) return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
  if (month !== undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-31` };
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/**
 * True when the person held the role on `date` (or some day of it, for a month or a year): from `from` (open when
 * null) to `to` (open when null), both days included. A person with no dates, or an unknown date, always holds it.
 */
export function holdsRoleOn(person: Pick<DirectoryPerson, 'from' | 'to'>, date: string | null | undefined): boolean {
  const span = date ? dateSpan(date) : null;
  if (!span) return true;
  return (!person.from || person.from <= span.last) && (!person.to || person.to >= span.first);
}

/**
 * The entry with only the people who held their role on `date` (an article's publication date): a former minister's
 * name and role phrase no longer name the source. The entry itself when the date is unknown or all held it.
 */
export function inOfficeOn<E extends DirectoryEntry>(entry: E, date: string | null | undefined): E {
  const people = entry.people;
  if (!people || !date || people.every((p) => holdsRoleOn(p, date))) return entry;
  return { ...entry, people: people.filter((p) => holdsRoleOn(p, date)) };
}
