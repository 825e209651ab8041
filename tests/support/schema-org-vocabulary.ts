// The schema.org vocabulary (vendored, tests/fixtures/schemaorg) as a checker of JSON-LD: every @type a class, every
// property one of schema.org's whose domain includes the node's type (or a supertype), and every value in the
// property's range: a node of a class the range includes, or a literal of a data type it includes.
import { readFileSync } from 'node:fs';

interface Term {
  '@id': string;
  '@type': string | string[];
  'rdfs:subClassOf'?: { '@id': string } | Array<{ '@id': string }>;
  'schema:domainIncludes'?: { '@id': string } | Array<{ '@id': string }>;
  'schema:rangeIncludes'?: { '@id': string } | Array<{ '@id': string }>;
  'schema:supersededBy'?: unknown;
}

const ids = (value: { '@id': string } | Array<{ '@id': string }> | undefined) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((v) => v['@id'].replace(/^schema:/, ''));

export interface Vocabulary {
  /** Every problem found in `node` (a JSON-LD object with @type), as "path: what is wrong". */
  check(node: unknown, path?: string): string[];
}

export function loadVocabulary(): Vocabulary {
  const file = new URL('../fixtures/schemaorg/schemaorg-current-https.jsonld', import.meta.url);
  const graph = (JSON.parse(readFileSync(file, 'utf8')) as { '@graph': Term[] })['@graph'];
  const classes = new Map<string, string[]>();
  const properties = new Map<string, { domain: string[]; range: string[]; superseded: boolean }>();
  for (const term of graph) {
    if (!term['@id'].startsWith('schema:')) continue;
    const name = term['@id'].slice('schema:'.length);
    const types = ([] as string[]).concat(term['@type']);
    if (types.includes('rdfs:Class')) classes.set(name, ids(term['rdfs:subClassOf']));
    if (types.includes('rdf:Property')) {
      properties.set(name, { domain: ids(term['schema:domainIncludes']), range: ids(term['schema:rangeIncludes']), superseded: term['schema:supersededBy'] !== undefined });
    }
  }
  const ancestors = (name: string): Set<string> => {
    const seen = new Set<string>();
    const walk = (n: string) => {
      if (seen.has(n)) return;
      seen.add(n);
      for (const parent of classes.get(n) ?? []) walk(parent);
    };
    walk(name);
    return seen;
  };
  /** A literal fits a range member: a number a Number, an absolute URL a URL, an ISO day a Date, any string a Text. */
  const fits = (value: string | number | boolean, member: string): boolean => {
    if (typeof value === 'number') return ancestors(member).has('Number');
    if (typeof value === 'boolean') return member === 'Boolean';
    if (member === 'URL') return /^https?:\/\/\S+$/.test(value);
    if (member === 'Date') return /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (member === 'DateTime') return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
    return ancestors(member).has('Text');
  };
  const literalFits = (value: string | number | boolean, range: string[]) => range.some((member) => fits(value, member));
  const check = (node: unknown, path = '$'): string[] => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return [`${path}: not a node`];
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type !== 'string') return [`${path}: no @type`];
    if (!classes.has(type)) return [`${path}: ${type} is not a schema.org type`];
    const types = ancestors(type);
    const problems: string[] = [];
    for (const [key, value] of Object.entries(record)) {
      if (key.startsWith('@')) continue;
      const property = properties.get(key);
      const at = `${path}.${key}`;
      if (!property) {
        problems.push(`${at}: no such schema.org property`);
        continue;
      }
      if (property.superseded) problems.push(`${at}: superseded in schema.org`);
      if (!property.domain.some((d) => types.has(d))) problems.push(`${at}: not a property of ${type}`);
      for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
        const itemAt = Array.isArray(value) ? `${at}[${i}]` : at;
        if (typeof item === 'object' && item !== null) {
          const itemType = (item as Record<string, unknown>)['@type'];
          if (typeof itemType === 'string' && !property.range.some((r) => ancestors(itemType).has(r))) problems.push(`${itemAt}: ${itemType} is not in the range (${property.range.join(', ')})`);
          problems.push(...check(item, itemAt));
        } else if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
          if (!literalFits(item, property.range)) problems.push(`${itemAt}: ${JSON.stringify(item)} is not in the range (${property.range.join(', ')})`);
        } else problems.push(`${itemAt}: ${String(item)} is no value`);
      }
    }
    return problems;
  };
  return { check };
}
