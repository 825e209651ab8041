// The export screen's choices, read from the URL query (the names of GET /api/claims, so a queue view's query
// string opens the same scope) and turned into the query of GET /api/claims/summary and GET /api/reports.
import { UI_LANGUAGES, type UiLanguage } from '@domain/locales.ts';
import { ClaimsQuerySchema, PUBLICATION_FORMATS, REPORT_FORMATS, type ClaimsQuery, type ReportFormat } from '@domain/requests.ts';

export const FILTER_NAMES = ['verdict', 'review', 'sourceId', 'articleId', 'userId', 'from', 'to'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
/** Each filter as a form value: '' means any. */
export type Filters = Record<FilterName, string>;

export interface ExportForm {
  /** One article (the picker), or any filter of the review queue. */
  scope: 'article' | 'queue';
  filters: Filters;
  format: ReportFormat;
  /** The user's own choice; null follows the format (approved only for publication formats). */
  approved: 'only' | 'all' | null;
  /** The language of the report's template, whatever the articles' language; null follows the interface language. */
  lang: UiLanguage | null;
}

const EMPTY_FILTERS: Filters = { verdict: '', review: '', sourceId: '', articleId: '', userId: '', from: '', to: '' };

/** Reads the form from a query string; values the API would refuse are dropped rather than sent. */
export function readExportForm(search: string): ExportForm {
  const params = new URLSearchParams(search);
  const filters = { ...EMPTY_FILTERS };
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value !== null && ClaimsQuerySchema.shape[name].safeParse(value).success) filters[name] = value;
  }
  const format = REPORT_FORMATS.find((f) => f === params.get('format')) ?? 'html';
  const approvedParam = params.get('approved');
  const approved = approvedParam === 'only' || approvedParam === 'all' ? approvedParam : null;
  const onlyArticle = FILTER_NAMES.every((name) => name === 'articleId' || filters[name] === '');
  const asked = params.get('scope');
  const scope = asked === 'article' || asked === 'queue' ? asked : onlyArticle ? 'article' : 'queue';
  const lang = UI_LANGUAGES.find((l) => l === params.get('lang')) ?? null;
  return { scope, filters, format, approved, lang };
}

/** The query string that reopens this form (queue filters are kept while one article is chosen, for the way back). */
export function exportSearch(form: ExportForm): string {
  const params = new URLSearchParams({ scope: form.scope });
  for (const name of FILTER_NAMES) if (form.filters[name] !== '') params.set(name, form.filters[name]);
  if (form.format !== 'html') params.set('format', form.format);
  if (form.approved) params.set('approved', form.approved);
  if (form.lang) params.set('lang', form.lang);
  return params.toString();
}

export function approvedOnly(form: Pick<ExportForm, 'format' | 'approved'>): boolean {
  return form.approved ? form.approved === 'only' : PUBLICATION_FORMATS.includes(form.format);
}

/** The claims the report covers, as GET /api/claims filters them (before the approved-only rule). */
export function scopeQuery(form: ExportForm): ClaimsQuery {
  if (form.scope === 'article') return form.filters.articleId ? { articleId: form.filters.articleId } : {};
  return Object.fromEntries(FILTER_NAMES.filter((name) => form.filters[name] !== '').map((name) => [name, form.filters[name]]));
}

/** Whether the scope is chosen: an article scope needs its article. */
export function scopeChosen(form: ExportForm): boolean {
  return form.scope === 'queue' || form.filters.articleId !== '';
}

/**
 * The query of GET /api/reports, with the approved rule always spelled out so the count and the file agree, and the
 * report's language (`interfaceLanguage` unless another was chosen).
 */
export function reportParams(form: ExportForm, interfaceLanguage: UiLanguage): Record<string, string> {
  return {
    ...(scopeQuery(form) as Record<string, string>),
    format: form.format,
    approved: approvedOnly(form) ? 'only' : 'all',
    lang: form.lang ?? interfaceLanguage,
  };
}
