import { describe, expect, it } from 'vitest';
import { UpdateSourceBodySchema } from '../../../domain/requests.ts';
import { emptyPerson, sourceBody, sourceDraft } from '../../../client/src/features/sources/source-draft.ts';
import { buildSource } from '../../support/builders.ts';

// The Sources screen's form model: a source read into per-language fields and back into a request the server takes.

describe('the source draft', () => {
  const source = buildSource({
    names: { ar: 'الكرملين', ru: 'Кремль' },
    aliases: ['Kremlin', 'Kreml'],
    kind: 'presidency',
    people: [{ id: 'peskov', names: { en: 'Dmitry Peskov', ru: 'Дмитрий Песков' }, aliases: ['Peskov'], roles: { en: 'Kremlin spokesman' }, from: null, to: null }],
  });

  it('gives back the source it was read from, languages the screen does not show included', () => {
    const body = sourceBody(sourceDraft(source), source);
    expect(body).toMatchObject({ names: { ar: 'الكرملين', ru: 'Кремль' }, aliases: ['Kremlin', 'Kreml'], kind: 'presidency', sameAs: null, country: null });
    expect(body.people).toEqual([{ id: 'peskov', names: { en: 'Dmitry Peskov', ru: 'Дмитрий Песков' }, roles: { en: 'Kremlin spokesman' }, aliases: ['Peskov'], from: null, to: null }]);
    expect(UpdateSourceBodySchema.safeParse(body).success).toBe(true);
  });

  it('sends a person added on the screen without an id, with the role phrase typed and empty fields left out', () => {
    const draft = sourceDraft(source);
    const person = emptyPerson();
    draft.people.push({ ...person, names: { ...person.names, en: ' Yuri Ushakov ' }, roles: { ar: '', en: '', fr: 'conseiller diplomatique du Kremlin' }, aliases: 'Ushakov\n\n Ouchakov ' });
    const added = sourceBody(draft, source).people?.[1];
    expect(added).toEqual({ names: { en: 'Yuri Ushakov' }, roles: { fr: 'conseiller diplomatique du Kremlin' }, aliases: ['Ushakov', 'Ouchakov'], from: null, to: null });
  });

  it('clears kind, country and sameAs with null when their fields are emptied', () => {
    const draft = { ...sourceDraft({ ...source, country: 'RU', sameAs: 'https://example.org/k' }), kind: '' as const, country: ' ', sameAs: '' };
    expect(sourceBody(draft, source)).toMatchObject({ kind: null, country: null, sameAs: null });
  });
});
