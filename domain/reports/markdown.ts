// The Markdown export: a summary and each claim as a block quote with its source, verdict, note and evidence links.
// User text is backslash-escaped so it stays literal (CommonMark lets any ASCII punctuation be escaped), and each quote
// is wrapped in <bdi dir lang> so that a right-to-left quote keeps its direction and punctuation in any renderer
// that allows that one inline tag; the escaping guarantees that it is the only HTML in the file.
import escapeHtml from 'escape-html';
import { resolveLabels } from './labels.ts';
import { reportFormat } from './locale-format.ts';
import { reportScale, type ReportInput } from './report-input.ts';
import { claimUrl, countBySource, countByVerdict, indexReport, reportVerdicts, sourceName } from './summary.ts';
import type { TextBuilder } from './builder.ts';

const INLINE_SPECIAL = /[\\`*_[\]<>|~&$]/g;
const LINE_START_SPECIAL = /^([#>+=-]|\d+[.)])/;

/** Escapes text so that Markdown renders it literally; lines are kept, leading spaces dropped (no code blocks). */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimStart().replace(INLINE_SPECIAL, '\\$&').replace(LINE_START_SPECIAL, (m) => m.replace(/^(\d*)(.)/, '$1\\$2')))
    .join('\n');
}

/** A link for an http(s) URL, else the escaped text alone; the destination is in `<…>` so parentheses cannot end it. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const href = httpHref(url);
  return href ? `[${escapeMarkdown(text)}](<${href}>)` : escapeMarkdown(text);
}

function httpHref(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  // URL serialisation percent-encodes spaces, `<` and `>`, so the href cannot close the `<…>` destination.
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/** Runs of white space (line breaks above all) as one space; no-break spaces stay, as French typography needs them. */
const oneLine = (text: string) => escapeMarkdown(text.replace(/(?:(?![\u00A0\u202F])\s)+/g, ' '));
const multiLine = (text: string) => escapeMarkdown(text).split('\n').join('\\\n  ');

/** Builds the Markdown report. */
export function buildMarkdown(input: ReportInput): string {
  const labels = resolveLabels(input);
  const format = reportFormat(input, labels);
  const index = indexReport(input);
  const scale = reportScale(input);
  const verdicts = reportVerdicts(scale, index.claims);
  // Names only: Markdown has no colour, so nothing needs a sign beside it.
  const verdictName = (key: string) => escapeMarkdown(labels.verdicts[key] ?? key);
  const counting = { ...scale, verdicts };
  const field = (label: string, value: string) => `- **${escapeMarkdown(labels.withColon(label))}**${value ? ` ${value}` : ''}`;
  const out: string[] = [];

  out.push(`# ${oneLine(labels.documentTitle(input.title))}`, '');
  out.push(field(labels.newsroom, markdownLink(input.newsroom.name, input.newsroom.url)));
  out.push(field(labels.scope, oneLine(input.scope)));
  out.push(field(labels.generatedAt, escapeMarkdown(format.dateTime(input.generatedAt))), '');

  out.push(`## ${escapeMarkdown(labels.summaryHeading)}`, '');
  out.push(escapeMarkdown(labels.claimCount(index.claims.length, format.number(index.claims.length))), '');
  const counts = countByVerdict(index.claims, counting);
  out.push(`| ${escapeMarkdown(labels.verdictColumn)} | ${escapeMarkdown(labels.countColumn)} |`, '| :-- | --: |');
  for (const v of verdicts) out.push(`| ${verdictName(v.key)} | ${format.number(counts[v.key] ?? 0)} |`);
  out.push('');
  const head = [labels.sourceColumn, ...verdicts.map((v) => labels.verdicts[v.key] ?? v.key), labels.totalColumn].map(escapeMarkdown);
  out.push(`| ${head.join(' | ')} |`, `| :-- |${' --: |'.repeat(verdicts.length + 1)}`);
  for (const row of countBySource(index, counting)) {
    const name = row.source ? sourceName(row.source, labels.language) : labels.unknownSource;
    const cells = [oneLine(name), ...verdicts.map((v) => format.number(row.counts[v.key] ?? 0)), format.number(row.total)];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('', `## ${escapeMarkdown(labels.claimsHeading)}`, '');
  if (index.claims.length === 0) out.push(escapeMarkdown(labels.noClaims), '');

  index.claims.forEach((claim, i) => {
    const article = index.articleOf(claim);
    const source = index.sourceOf(claim);
    const quote = escapeMarkdown(claim.quote.exact).split('\n').join('\n> ');
    out.push(`### ${oneLine(labels.claimHeading(i + 1, format.number(i + 1)))}`, '');
    out.push(`> <bdi dir="${escapeHtml(article.direction)}" lang="${escapeHtml(article.language)}">${quote}</bdi>`, '');
    out.push(field(labels.source, source ? oneLine(sourceName(source, labels.language)) : escapeMarkdown(labels.unknownSource)));
    out.push(field(labels.verdict, verdictName(claim.verdict)));
    out.push(field(labels.article, markdownLink(article.title, article.url)));
    out.push(field(labels.checkedBy, oneLine(claim.checkedBy || labels.notRecorded)));
    out.push(field(labels.checkedOn, escapeMarkdown(format.dateTime(claim.updatedAt))));
    if (claim.approvedAt) {
      const approval = `${oneLine(claim.approvedBy || labels.notRecorded)} ${escapeMarkdown(labels.approvedOn(format.dateTime(claim.approvedAt)))}`;
      out.push(field(labels.approvedBy, approval));
    }
    if (claim.reviewState) out.push(field(labels.reviewState, escapeMarkdown(labels.reviewStates[claim.reviewState])));
    if (claim.note.trim()) out.push(field(labels.note, multiLine(claim.note.trim())));
    if (claim.evidence.length > 0) {
      out.push(field(labels.evidence, ''));
      for (const e of claim.evidence) {
        out.push(`  - ${markdownLink(e.title || e.url, e.url)}${e.note ? ` — ${oneLine(e.note)}` : ''}`);
      }
    }
    out.push(`- ${markdownLink(labels.openInClaimdesk, claimUrl(input.baseUrl, claim))}`, '');
  });
  return out.join('\n');
}

/** The Markdown report's builder, for the format registry (formats.ts). */
export const builder: TextBuilder = { build: buildMarkdown };
