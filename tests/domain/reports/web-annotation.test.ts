import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../../domain/anchoring.ts';
import { normalizeText } from '../../../domain/text.ts';
import { exportPageId } from '../../../domain/reports/export-id.ts';
import type { ReportInput } from '../../../domain/reports/report-input.ts';
import { buildWebAnnotations, type ModeratingAnnotation, type WebAnnotation } from '../../../domain/reports/web-annotation.ts';
import { buildReportInput, claimOn, demoArticle, demoClaims, QUOTES } from './build-report-input.ts';

const sliceCodePoints = (text: string, start: number, end: number) => [...text].slice(start, end).join('');
/** The assessing annotations of the collection built from `input`, one per claim. */
const assessing = (input: ReportInput) =>
  (buildWebAnnotations(input).first?.items ?? []).filter((a): a is WebAnnotation => a.motivation === 'assessing');

describe('buildWebAnnotations', () => {
  const input = buildReportInput();
  const collection = JSON.parse(JSON.stringify(buildWebAnnotations(input, 'http://localhost:3000/api/reports?format=webannotation&articleId=x')));
  const items = collection.first.items as WebAnnotation[];

  it('is an AnnotationCollection in the Web Annotation JSON-LD context, its one page embedded as first', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://localhost:3000/api/reports?format=webannotation&articleId=x',
      type: 'AnnotationCollection',
      label: input.title,
      total: 3,
      generated: '2026-03-02T11:00:00.000Z',
      generator: { id: 'http://localhost:3000', type: 'Software', name: 'Claimdesk' },
      first: {
        id: exportPageId('http://localhost:3000/api/reports?format=webannotation&articleId=x', 1),
        type: 'AnnotationPage',
        partOf: 'http://localhost:3000/api/reports?format=webannotation&articleId=x',
        startIndex: 0,
      },
    });
    expect(items).toHaveLength(3);
  });

  it('leaves out the page of an empty collection', () => {
    const empty = buildWebAnnotations({ ...input, claims: [] });
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty('first');
  });

  it('makes one assessing Annotation per claim, identified by the claim URL, with its creation and change times', () => {
    const claim = input.claims[1]!;
    expect(items[1]).toMatchObject({
      id: `http://localhost:3000/articles/afp-karabakh-2020-10-09-ar#claim-${claim.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: claim.createdAt,
      modified: claim.updatedAt,
      creator: { type: 'Person', name: 'ليلى حداد' },
    });
    for (const item of items) expect(item.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it('carries the verdict as a tagging body, the note as a commenting body and evidence as linking resources', () => {
    expect(items[2]!.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'corroborated', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Matches the Kremlin readout of the calls.', format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'http://en.kremlin.ru/events/president/news', label: 'Kremlin readouts' } },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/no-title' },
    ]);
    expect(items[0]!.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'unreviewed', format: 'text/plain' }]);
  });

  it('targets the Claimdesk article page with a quote selector and a position selector', () => {
    const claim = input.claims[0]!;
    expect(items[0]!.target).toEqual({
      source: 'http://localhost:3000/articles/afp-karabakh-2020-10-09-ar',
      selector: [
        { type: 'TextQuoteSelector', ...claim.quote },
        { type: 'TextPositionSelector', start: claim.start, end: claim.end },
      ],
    });
  });

  it('targets the original article when it has a URL, with the Claimdesk page as scope', () => {
    const article = demoArticle({ url: 'https://example.org/afp/karabakh' });
    const [first] = assessing(buildReportInput({ articles: [article] }));
    expect(first!.target.source).toBe('https://example.org/afp/karabakh');
    expect(first!.target.scope).toBe('http://localhost:3000/articles/afp-karabakh-2020-10-09-ar');
  });

  it('counts TextPositionSelector offsets in code points: an emoji before the claim shifts them by one against UTF-16', () => {
    const base = demoArticle();
    const article = demoArticle({ text: normalizeText(`📰 ${base.text}`) });
    const claim = claimOn(article, QUOTES.kremlin);
    const [annotation] = assessing(buildReportInput({ articles: [article], claims: [claim] }));
    const [quoteSelector, position] = annotation!.target.selector;
    expect(article.text.slice(claim.start, claim.end)).toBe(QUOTES.kremlin);
    expect(position.start).toBe(claim.start - 1);
    expect(position.end).toBe(claim.end - 1);
    expect(sliceCodePoints(article.text, position.start, position.end)).toBe(quoteSelector.exact);
    expect(quoteSelector.exact).toBe(QUOTES.kremlin);
  });

  it('converts offsets of a claim that itself holds emoji', () => {
    const base = demoArticle();
    const text = `${base.text}\nقال المتحدث 🕊️ إن الهدنة 🙏 قريبة.`;
    const article = demoArticle({ text });
    const exact = '🕊️ إن الهدنة 🙏 قريبة';
    const claim = { ...claimOn(article, exact), quote: quoteAt(text, { start: text.indexOf(exact), end: text.indexOf(exact) + exact.length }) };
    const [annotation] = assessing(buildReportInput({ articles: [article], claims: [claim] }));
    const [, position] = annotation!.target.selector;
    expect(position.end - position.start).toBe([...exact].length);
    expect(sliceCodePoints(text, position.start, position.end)).toBe(exact);
  });

  it('annotates claims of every article in the scope', () => {
    const other = demoArticle({ id: 'other-article' });
    const claims = [...demoClaims(), ...demoClaims(other)];
    const built = buildReportInput({ articles: [demoArticle(), other], claims });
    expect(buildWebAnnotations(built).total).toBe(6);
    expect(assessing(built).map((a) => a.target.source)).toContain('http://localhost:3000/articles/other-article');
  });

  it('follows an approved claim\'s annotation with a moderating one by the approving editor, at approval time', () => {
    const [first, second, third] = demoClaims();
    const approved = { ...third!, reviewState: 'approved' as const, approvedBy: 'Omar Said', approvedAt: '2026-03-03T08:00:00.000Z' };
    const built = buildWebAnnotations(buildReportInput({ claims: [first!, second!, approved] }));
    expect(built.total).toBe(4);
    const [, , assessed, moderation] = built.first!.items;
    expect(assessed).toMatchObject({ motivation: 'assessing', creator: { type: 'Person', name: approved.checkedBy } });
    expect(moderation).toEqual({
      id: expect.stringMatching(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/),
      type: 'Annotation',
      motivation: 'moderating',
      created: '2026-03-03T08:00:00.000Z',
      creator: { type: 'Person', name: 'Omar Said' },
      body: { type: 'TextualBody', purpose: 'tagging', value: 'approved', format: 'text/plain' },
      target: assessed!.id,
    } satisfies ModeratingAnnotation);
  });

  it('adds no moderating annotation for a claim pending or sent back', () => {
    const claims = demoClaims().map((c, i) => ({ ...c, reviewState: i === 0 ? ('pending' as const) : ('returned' as const), approvedAt: null }));
    const built = buildWebAnnotations(buildReportInput({ claims }));
    expect(built.first!.items.map((a) => a.motivation)).toEqual(['assessing', 'assessing', 'assessing']);
  });

  it('names annotations with urn:uuid ids when Claimdesk has no public address, never with a bare path', () => {
    const built = buildWebAnnotations(buildReportInput({ baseUrl: '' }));
    const ids = [built.id, built.first!.id, ...built.first!.items.map((a) => a.id)];
    for (const id of ids) expect(id).toMatch(/^urn:uuid:/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(built.generator).toEqual({ type: 'Software', name: 'Claimdesk' });
  });
});
