// A source as the Sources screen edits it: one text field per language for names and role phrases, aliases one per
// line, dates as typed; and back to the request the server takes, empty fields left out.
import type { CreateSourceBody } from '@domain/requests.ts';
import type { Source } from '@domain/schemas.ts';
import type { SourceKind, SourceInstitution, SourcePerson } from '@domain/source-directory.ts';

/** The languages a source's names and role phrases are given in on this screen. */
export const DIRECTORY_LANGUAGES = ['ar', 'en', 'fr'] as const;
export type DirectoryLanguage = (typeof DIRECTORY_LANGUAGES)[number];
export type PerLanguage = Record<DirectoryLanguage, string>;

export interface PersonDraft {
  /** The stored id, or a local key for a person not saved yet. */
  key: string;
  id?: string | undefined;
  names: PerLanguage;
  roles: PerLanguage;
  aliases: string;
  from: string;
  to: string;
}

export interface InstitutionDraft {
  key: string;
  id?: string | undefined;
  names: PerLanguage;
  aliases: string;
}

export interface SourceDraft {
  name: string;
  names: PerLanguage;
  aliases: string;
  kind: SourceKind | '';
  country: string;
  sameAs: string;
  people: PersonDraft[];
  institutions: InstitutionDraft[];
}

const perLanguage = (values: Record<string, string> = {}): PerLanguage => ({ ar: values.ar ?? '', en: values.en ?? '', fr: values.fr ?? '' });

/** The non-empty values of `draft`, with the languages the screen does not show kept as they were. */
function languages(draft: PerLanguage, kept: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(Object.entries(kept).filter(([lang]) => !(DIRECTORY_LANGUAGES as readonly string[]).includes(lang)));
  for (const lang of DIRECTORY_LANGUAGES) if (draft[lang].trim()) out[lang] = draft[lang].trim();
  return out;
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

let localKeys = 0;
/** A key for a person or institution added on the screen, unique in this page's life. */
export const newDraftKey = () => `new-${++localKeys}`;

export const emptyPerson = (): PersonDraft => ({ key: newDraftKey(), names: perLanguage(), roles: perLanguage(), aliases: '', from: '', to: '' });
export const emptyInstitution = (): InstitutionDraft => ({ key: newDraftKey(), names: perLanguage(), aliases: '' });

function personDraft(person: SourcePerson): PersonDraft {
  return { key: person.id, id: person.id, names: perLanguage(person.names), roles: perLanguage(person.roles), aliases: person.aliases.join('\n'), from: person.from ?? '', to: person.to ?? '' };
}

function institutionDraft(institution: SourceInstitution): InstitutionDraft {
  return { key: institution.id, id: institution.id, names: perLanguage(institution.names), aliases: institution.aliases.join('\n') };
}

export function sourceDraft(source?: Source): SourceDraft {
  return {
    name: source?.name ?? '',
    names: perLanguage(source?.names),
    aliases: source?.aliases.join('\n') ?? '',
    kind: source?.kind ?? '',
    country: source?.country ?? '',
    sameAs: source?.sameAs ?? '',
    people: source?.people.map(personDraft) ?? [],
    institutions: source?.institutions.map(institutionDraft) ?? [],
  };
}

/** The request body for `draft`; `source` (when editing) keeps the names in languages the screen does not show. */
export function sourceBody(draft: SourceDraft, source?: Source): CreateSourceBody {
  const keptPerson = new Map(source?.people.map((p) => [p.id, p]));
  const keptInstitution = new Map(source?.institutions.map((i) => [i.id, i]));
  return {
    name: draft.name.trim(),
    names: languages(draft.names, source?.names),
    aliases: lines(draft.aliases),
    kind: draft.kind === '' ? null : draft.kind,
    country: draft.country.trim() === '' ? null : draft.country.trim(),
    sameAs: draft.sameAs.trim() === '' ? null : draft.sameAs.trim(),
    people: draft.people.map((p) => ({
      ...(p.id && { id: p.id }),
      names: languages(p.names, keptPerson.get(p.id ?? '')?.names),
      roles: languages(p.roles, keptPerson.get(p.id ?? '')?.roles),
      aliases: lines(p.aliases),
      from: p.from || null,
      to: p.to || null,
    })),
    institutions: draft.institutions.map((i) => ({
      ...(i.id && { id: i.id }),
      names: languages(i.names, keptInstitution.get(i.id ?? '')?.names),
      aliases: lines(i.aliases),
    })),
  };
}
