// The report template in French, as a French newsroom writes it: a narrow no-break space (U+202F) before « : ; ? ! »
// and inside guillemets, typographic apostrophes, claims as « affirmations » (feminine: the verdicts agree with them).
import type { ReportLabels, ReportScope, TemplateLabels } from '../labels.ts';
import { isolate } from '../../bidi.ts';
import { plural } from './plural.ts';

/** Espace fine insécable. */
const NB = '\u202F';
const quoted = (text: string) => `«${NB}${text}${NB}»`;

const reviewStates: ReportLabels['reviewStates'] = {
  pending: 'En attente de relecture',
  approved: 'Approuvée',
  returned: 'Renvoyée pour correction',
};
const claimCount = plural('fr', {
  one: (n) => `${n} affirmation`,
  many: (n) => `${n} d’affirmations`,
  other: (n) => `${n} affirmations`,
});

function period(from?: string, to?: string): string | undefined {
  if (from && to) return `modifiées entre le ${from} et le ${to}`;
  if (from) return `modifiées depuis le ${from}`;
  return to && `modifiées jusqu’au ${to}`;
}

function describeScope(scope: ReportScope): string {
  const parts = [
    scope.article !== undefined && `article ${quoted(isolate(scope.article))}`,
    scope.verdict && `verdict ${quoted(scope.verdict)}`,
    scope.review && `relecture ${quoted(reviewStates[scope.review])}`,
    scope.source !== undefined && `source ${quoted(isolate(scope.source))}`,
    scope.checkedBy !== undefined && `vérifiées par ${isolate(scope.checkedBy)}`,
    period(scope.from, scope.to),
  ].filter((part) => typeof part === 'string');
  const which = scope.approvedOnly ? 'Affirmations approuvées par un éditeur' : 'Toutes les affirmations';
  return parts.length > 0 ? `${which}${NB}: ${parts.join(', ')}` : which;
}

export const FR_REPORT_LABELS: TemplateLabels = {
  language: 'fr',
  direction: 'ltr',
  documentTitle: (title) => `Rapport de vérification${NB}: ${isolate(title)}`,
  reportTitle: (count, shown) => `Rapport de vérification (${claimCount(count, shown)})`,
  describeScope,
  scopePart: (scope, index, count) => `${scope} (partie ${index} sur ${count})`,
  withColon: (label) => `${label}${NB}:`,
  reportKind: 'Rapport de vérification',
  newsroom: 'Rédaction',
  scope: 'Périmètre',
  generatedAt: 'Établi le',
  claimCount,
  articlesHeading: 'Articles',
  outlet: 'Média',
  published: 'Publié le',
  articleLanguage: 'Langue',
  articleLink: 'Lien',
  notRecorded: 'Non renseigné',
  summaryHeading: 'Synthèse',
  byVerdict: 'Affirmations par verdict',
  bySource: 'Affirmations par source',
  sourceColumn: 'Source',
  verdictColumn: 'Verdict',
  countColumn: 'Affirmations',
  totalColumn: 'Total',
  chartTitle: 'Affirmations par source, empilées par verdict',
  chartDescription: `Une barre par source${NB}; ses segments comptent les affirmations de chaque verdict. Le tableau ci-dessus donne les mêmes chiffres.`,
  claimsHeading: 'Affirmations',
  claimHeading: (_position, shown) => `Affirmation ${shown}`,
  source: 'Source',
  verdict: 'Verdict',
  article: 'Article',
  note: 'Note',
  evidence: 'Preuves',
  checkedBy: 'Vérifiée par',
  checkedOn: 'Dernière mise à jour',
  approvedBy: 'Approuvée par',
  approvedOn: (date) => `le ${date}`,
  reviewState: 'Relecture',
  context: 'Contexte',
  openInClaimdesk: 'Ouvrir dans Claimdesk',
  noClaims: 'Aucune affirmation dans ce périmètre.',
  unknownSource: 'Source inconnue',
  reviewStates,
};
