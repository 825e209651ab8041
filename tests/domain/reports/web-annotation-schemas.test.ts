// The Web Annotation export against the W3C Web Annotation Working Group's own test schemas (vendored from
// web-annotation-tests under tests/fixtures/, with their licence): every MUST assertion that the annotation, collection
// and page test files list, on every annotation (assessing and moderating) and on the collection with its page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ReportClaim, ReportInput } from '../../../domain/reports/report-input.ts';
import { buildWebAnnotations } from '../../../domain/reports/web-annotation.ts';
import { buildReportInput, demoArticle, demoClaims } from './build-report-input.ts';

const ROOT = new URL('../../fixtures/web-annotation-tests/', import.meta.url).pathname;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** Every schema loaded under its path from ROOT, which its `$ref`s (e.g. `id.json#/…`) resolve against. */
function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const path of jsonFiles(join(ROOT, 'definitions'))) ajv.addSchema({ ...JSON.parse(readFileSync(path, 'utf8')), id: relative(join(ROOT, 'definitions'), path) });
  return (assertion: string): ValidateFunction => {
    const schema = JSON.parse(readFileSync(join(ROOT, assertion), 'utf8')) as { id: string; expectedResult: string };
    expect(schema.expectedResult).toBe('valid');
    return ajv.getSchema(schema.id) ?? (ajv.addSchema(schema), ajv.getSchema(schema.id)!);
  };
}
const schemaFor = validator();

/** The MUST assertions a `.test` file of the suite lists. */
const mustsOf = (testFile: string) => (JSON.parse(readFileSync(join(ROOT, testFile), 'utf8')) as { assertions: string[] }).assertions;
const ANNOTATION_MUSTS = mustsOf('annotations/annotationMusts.test');
const COLLECTION_MUSTS = mustsOf('collections/collectionMusts.test');
const PAGE_MUSTS = mustsOf('collections/pages/pageMusts.test');

/** The assertions `value` fails, each with the validator's errors. */
function failures(assertions: readonly string[], value: unknown) {
  return assertions.flatMap((a) => {
    const validate = schemaFor(a);
    return validate(value) ? [] : [{ assertion: a, errors: validate.errors }];
  });
}

/** Demo claims, the last approved by an editor, a note and evidence on others. */
function claims(): ReportClaim[] {
  const all = demoClaims();
  const last = all[all.length - 1]!;
  return [...all.slice(0, -1), { ...last, reviewState: 'approved', approvedBy: 'عمر سعيد', approvedAt: '2026-03-03T08:00:00.000Z' }];
}

const INPUTS: Array<[string, ReportInput]> = [
  ['with a public base URL', buildReportInput({ claims: claims(), baseUrl: 'https://claims.example.org' })],
  ['without one', buildReportInput({ claims: claims(), baseUrl: '' })],
  ['of an article with its own URL', buildReportInput({ articles: [demoArticle({ url: 'https://example.org/afp/karabakh' })], claims: claims() })],
];

describe.each(INPUTS)('the Web Annotation export %s', (_name, input) => {
  const collection = JSON.parse(JSON.stringify(buildWebAnnotations(input))) as Record<string, unknown> & { first: { items: Record<string, unknown>[] } };
  const items = collection.first.items;

  it('holds an assessing annotation per claim and a moderating one for the approval', () => {
    expect(items.map((a) => a.motivation)).toEqual(['assessing', 'assessing', 'assessing', 'moderating']);
  });

  it('passes every annotation MUST on each annotation', () => {
    for (const item of items) expect(failures(ANNOTATION_MUSTS, { '@context': collection['@context'], ...item })).toEqual([]);
  });

  it('passes every collection MUST and every page MUST on the collection with its embedded page', () => {
    expect(failures(COLLECTION_MUSTS, collection)).toEqual([]);
    expect(failures(PAGE_MUSTS, collection)).toEqual([]);
  });
});

describe('the schemas', () => {
  it('refuse an annotation whose id is a bare path and a collection without a label string', () => {
    const [item] = buildWebAnnotations(INPUTS[0]![1]).first!.items;
    const bad = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...item, id: '/articles/a#claim-1' };
    expect(failures(ANNOTATION_MUSTS, bad).map((f) => f.assertion)).toEqual(['annotations/3.1-annotationIdValidated.json']);
    const collection = { ...buildWebAnnotations(INPUTS[0]![1]), label: 5 };
    expect(failures(COLLECTION_MUSTS, collection).map((f) => f.assertion)).toEqual(['collections/5.1-collectionLabelValidated.json']);
  });
});
