// Report inputs for the builder tests: the demo article and sources from data/seed/, and claims on real spans of its
// Arabic text, with overridable fields.
import { readFileSync } from 'node:fs';
import { quoteAt } from '../../../domain/anchoring.ts';
import { ArticleSchema, SourceSchema, type Article, type Source } from '../../../domain/schemas.ts';
import { normalizeText } from '../../../domain/text.ts';
import { ReportClaimSchema, type ReportClaim, type ReportInput } from '../../../domain/reports/report-input.ts';

const SEED = new URL('../../../data/seed/', import.meta.url);
const T0 = '2026-03-02T09:30:00.000Z';
export const DEMO_ARTICLE_ID = 'afp-karabakh-2020-10-09-ar';

const readSeed = (name: string) => readFileSync(new URL(name, SEED), 'utf8');

export function demoArticle(overrides: Partial<Article> = {}): Article {
  const meta = JSON.parse(readSeed(`afp-karabakh-2020-10-09.ar.json`)) as Record<string, string>;
  return ArticleSchema.parse({
    id: DEMO_ARTICLE_ID,
    title: meta.title,
    outlet: meta.outlet,
    url: null,
    language: meta.language,
    direction: meta.direction,
    publishedAt: meta.publishedAt,
    text: normalizeText(readSeed('afp-karabakh-2020-10-09.ar.txt')),
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

export function demoSources(): Source[] {
  const { sources } = JSON.parse(readSeed('sources.json')) as { sources: object[] };
  return sources.map((s) => SourceSchema.parse({ ...s, createdAt: T0, updatedAt: T0 }));
}

let nextId = 1;

/** A claim on the first occurrence of `exact` in the article's text (fails loudly if the text does not hold it). */
export function claimOn(article: Article, exact: string, overrides: Partial<ReportClaim> = {}): ReportClaim {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`test data: "${exact}" is not in article ${article.id}`);
  const end = start + exact.length;
  return ReportClaimSchema.parse({
    id: `claim-${nextId++}`,
    articleId: article.id,
    sourceId: 'kremlin',
    start,
    end,
    quote: quoteAt(article.text, { start, end }),
    verdict: 'unreviewed',
    note: '',
    evidence: [],
    createdAt: T0,
    updatedAt: '2026-03-02T10:15:00.000Z',
    version: 1,
    ...overrides,
  });
}

/** The quotes the demo claims are made on: three statements the dispatch attributes to three sources. */
export const QUOTES = {
  elysee: 'تنحرك باتجاه هدنة الليلة أو غدا لكن الوضع ما زال هشا',
  armenia: 'القصف المدفعي استمر على قطاعات عدة من خط المواجهة. العدو ضرب مناطق مأهولة بالصواريخ والمدفعية',
  kremlin: 'بوقف القتال في ناغورني قره باغ لأسباب إنسانية بهدف تبادل جثث القتلى والأسرى',
} as const;

/** The demo article with three claims (one per verdict), checked by two fact-checkers. */
export function demoClaims(article: Article = demoArticle()): ReportClaim[] {
  return [
    claimOn(article, QUOTES.elysee, { sourceId: 'elysee', checkedBy: 'Leila Haddad' }),
    claimOn(article, QUOTES.armenia, {
      sourceId: 'armenian-government',
      verdict: 'disputed',
      note: 'Azerbaijani MoD reports from the same morning describe fighting on the front line, not shelling of towns.',
      evidence: [{ url: 'https://mod.gov.az/en/news/', title: 'Azerbaijani Ministry of Defence: news of 9 October 2020' }],
      checkedBy: 'ليلى حداد',
    }),
    claimOn(article, QUOTES.kremlin, {
      sourceId: 'kremlin',
      verdict: 'corroborated',
      note: 'Matches the Kremlin readout of the calls.',
      evidence: [{ url: 'http://en.kremlin.ru/events/president/news', title: 'Kremlin readouts' }, { url: 'https://example.org/no-title' }],
      checkedBy: 'Marc Dupont',
    }),
  ];
}

export function buildReportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const article = overrides.articles?.[0] ?? demoArticle();
  return {
    title: article.title,
    scope: 'All claims of one article',
    generatedAt: '2026-03-02T11:00:00.000Z',
    newsroom: { name: 'Claimdesk Fact Check', url: 'https://factcheck.example.org' },
    baseUrl: 'http://localhost:3000',
    articles: [article],
    sources: demoSources(),
    claims: demoClaims(article),
    ...overrides,
  };
}

/** Strings that must come out of every human format as text, never as markup. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
} as const;
