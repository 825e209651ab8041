// One claim of the HTML report: the quote in its own language and direction, source, verdict badge, who checked it and
// when, who approved it and when, note, evidence links, and the sentence around it with the claimed words marked
// (never part of a word).
import type { VerdictDefinition } from '../rating-scale.ts';
import type { Article, Sentence } from '../schemas.ts';
import type { ReportLabels } from './labels.ts';
import type { ReportFormat } from './locale-format.ts';
import type { ReportClaim } from './report-input.ts';
import { bdi, esc, langDir, link } from './html-text.ts';
import { claimContext } from './claim-context.ts';
import { shortenClaim } from './claimreview.ts';
import { claimUrl, sourceName, type ReportIndex } from './summary.ts';

/** A claim's words in its heading (and so its PDF bookmark), in code points: enough to tell claims apart. */
const GIST_MAX = 60;

export interface ClaimSectionContext {
  baseUrl: string;
  labels: ReportLabels;
  format: ReportFormat;
  index: ReportIndex;
  /** The verdicts of the report (reportVerdicts), by key. */
  verdicts: ReadonlyMap<string, VerdictDefinition>;
  sentencesOf(article: Article): readonly Sentence[];
  /** Whether to name each claim's article (for scopes across articles). */
  showArticle: boolean;
}

/** The verdict as a coloured badge that also shows its sign and says it in words (never colour alone). */
export function verdictBadge(labels: ReportLabels, verdict: Pick<VerdictDefinition, 'key' | 'sign'>): string {
  return `<span class="badge v-${esc(verdict.key)}" data-sign="${esc(verdict.sign)}">${esc(labels.verdicts[verdict.key] ?? verdict.key)}</span>`;
}

function sourceHtml(ctx: ClaimSectionContext, claim: ReportClaim, article: Article): string {
  const source = ctx.index.sourceOf(claim);
  if (!source) return `<span class="muted">${esc(ctx.labels.unknownSource)}</span> ${bdi(claim.sourceId)}`;
  const shown = sourceName(source, ctx.labels.language);
  const original = sourceName(source, article.language);
  const both = original !== shown ? ` (<bdi${langDir(article.language, article.direction)}>${esc(original)}</bdi>)` : '';
  return `${bdi(shown)}${both}`;
}

function contextHtml(ctx: ClaimSectionContext, claim: ReportClaim, article: Article): string {
  const { text, mark } = claimContext(article, claim, ctx.sentencesOf(article));
  if (!mark) return esc(text);
  const before = esc(text.slice(0, mark.start));
  const marked = esc(text.slice(mark.start, mark.end));
  return `${before}<mark>${marked}</mark>${esc(text.slice(mark.end))}`;
}

function evidenceHtml(claim: ReportClaim): string {
  const items = claim.evidence.map((e) => {
    const anchor = e.title ? link(e.url, e.title) : link(e.url, e.url, { className: 'bare' });
    const note = e.note ? ` <span class="muted" dir="auto">— ${esc(e.note)}</span>` : '';
    return `<li>${anchor}${note}</li>`;
  });
  return `<ul class="evidence">${items.join('')}</ul>`;
}

/** "<name> on <date>": the editor's name isolated, the date in a `<time>` (the name "not recorded" when unknown). */
function approvalHtml(ctx: ClaimSectionContext, name: string | null | undefined, at: string): string {
  const who = name ? bdi(name) : `<span class="muted">${esc(ctx.labels.notRecorded)}</span>`;
  const [before, after] = ctx.labels.approvedOn('\u0000').split('\u0000') as [string, string];
  return `${who} ${esc(before)}<time datetime="${esc(at)}">${esc(ctx.format.dateTime(at))}</time>${esc(after ?? '')}`;
}

/** Renders one claim as a `<section>` (numbered from 1 by `position`). */
export function renderClaim(ctx: ClaimSectionContext, claim: ReportClaim, position: number): string {
  const { labels, format } = ctx;
  const article = ctx.index.articleOf(claim);
  const id = `claim-${esc(claim.id)}`;
  const row = (label: string, value: string, attrs = '') => `<dt>${esc(label)}</dt><dd${attrs}>${value}</dd>`;
  const rows = [
    row(labels.source, sourceHtml(ctx, claim, article)),
    ctx.showArticle ? row(labels.article, link(article.url, article.title), ' dir="auto"') : '',
    row(labels.checkedBy, claim.checkedBy ? bdi(claim.checkedBy) : `<span class="muted">${esc(labels.notRecorded)}</span>`),
    row(labels.checkedOn, `<time datetime="${esc(claim.updatedAt)}">${esc(format.dateTime(claim.updatedAt))}</time>`),
    claim.approvedAt ? row(labels.approvedBy, approvalHtml(ctx, claim.approvedBy, claim.approvedAt)) : '',
    claim.reviewState ? row(labels.reviewState, esc(labels.reviewStates[claim.reviewState])) : '',
    claim.note.trim() ? row(labels.note, `<p class="note" dir="auto">${esc(claim.note.trim())}</p>`) : '',
    claim.evidence.length > 0 ? row(labels.evidence, evidenceHtml(claim)) : '',
    row(labels.context, `<p class="context"${langDir(article.language, article.direction)}>${contextHtml(ctx, claim, article)}</p>`),
  ];
  const cite = /^https?:\/\//i.test(article.url ?? '') ? ` cite="${esc(article.url ?? '')}"` : '';
  return (
    `<section class="claim v-${esc(claim.verdict)}" id="${id}" aria-labelledby="${id}-h">` +
    // The heading names the claim by its words, not only its number: the PDF's outline is made of the headings, and a
    // list of bookmarks (or a screen reader's list of headings) reading "Claim 1, Claim 2…" finds nothing.
    `<div class="claim-head"><h3 id="${id}-h">${esc(labels.claimHeading(position, format.number(position)))} ` +
    `<span class="claim-gist"${langDir(article.language, article.direction)}>${esc(shortenClaim(claim.quote.exact, article.language, GIST_MAX))}</span></h3>` +
    `${verdictBadge(labels, ctx.verdicts.get(claim.verdict) ?? { key: claim.verdict, sign: '·' })}</div>` +
    `<blockquote${langDir(article.language, article.direction)}${cite}>${esc(claim.quote.exact)}</blockquote>` +
    `<dl class="facts">${rows.join('')}</dl>` +
    `<p class="claim-link">${link(claimUrl(ctx.baseUrl, claim), labels.openInClaimdesk)}</p>` +
    `</section>`
  );
}
