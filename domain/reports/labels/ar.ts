// The report template in Arabic (Modern Standard Arabic), right to left: Arabic punctuation (، ؛ ؟), guillemets « »,
// and counts in all six plural forms Arabic has (zero, one, two, few, many, other).
import type { ReportLabels, ReportScope, TemplateLabels } from '../labels.ts';
import { isolate } from '../../bidi.ts';
import { plural } from './plural.ts';

const quoted = (text: string) => `«${text}»`;

const reviewStates: ReportLabels['reviewStates'] = { pending: 'بانتظار المراجعة', approved: 'معتمَد', returned: 'أُعيد للتعديل' };
const claimCount = plural('ar', {
  zero: () => 'لا ادعاءات',
  one: () => 'ادعاء واحد',
  two: () => 'ادعاءان',
  few: (n) => `${n} ادعاءات`,
  many: (n) => `${n} ادعاءً`,
  other: (n) => `${n} ادعاء`,
});

function period(from?: string, to?: string): string | undefined {
  if (from && to) return `عُدِّلت بين ${from} و${to}`;
  if (from) return `عُدِّلت منذ ${from}`;
  return to && `عُدِّلت حتى ${to}`;
}

function describeScope(scope: ReportScope): string {
  const parts = [
    scope.article !== undefined && `المقال ${quoted(isolate(scope.article))}`,
    scope.verdict && `الحكم ${quoted(scope.verdict)}`,
    scope.review && `المراجعة ${quoted(reviewStates[scope.review])}`,
    scope.source !== undefined && `المصدر ${quoted(isolate(scope.source))}`,
    scope.checkedBy !== undefined && `دقّقها ${isolate(scope.checkedBy)}`,
    period(scope.from, scope.to),
  ].filter((part) => typeof part === 'string');
  const which = scope.approvedOnly ? 'الادعاءات التي اعتمدها محرِّر' : 'كل الادعاءات';
  return parts.length > 0 ? `${which}: ${parts.join('، ')}` : which;
}

export const AR_REPORT_LABELS: TemplateLabels = {
  language: 'ar',
  direction: 'rtl',
  documentTitle: (title) => `تقرير التحقق: ${isolate(title)}`,
  reportTitle: (count, shown) => `تقرير التحقق (${claimCount(count, shown)})`,
  describeScope,
  scopePart: (scope, index, count) => `${scope} (الجزء ${index} من ${count})`,
  withColon: (label) => `${label}:`,
  reportKind: 'تقرير التحقق',
  newsroom: 'غرفة الأخبار',
  scope: 'النطاق',
  generatedAt: 'تاريخ الإصدار',
  claimCount,
  articlesHeading: 'المقالات',
  outlet: 'الوسيلة الإعلامية',
  published: 'تاريخ النشر',
  articleLanguage: 'اللغة',
  articleLink: 'الرابط',
  notRecorded: 'غير مسجَّل',
  summaryHeading: 'الملخص',
  byVerdict: 'الادعاءات حسب الحكم',
  bySource: 'الادعاءات حسب المصدر',
  sourceColumn: 'المصدر',
  verdictColumn: 'الحكم',
  countColumn: 'الادعاءات',
  totalColumn: 'المجموع',
  chartTitle: 'الادعاءات حسب المصدر، مقسَّمة حسب الحكم',
  chartDescription: 'شريط لكل مصدر، تَعُدّ أجزاؤه ادعاءات كل حكم؛ ويعرض الجدول أعلاه الأرقام نفسها.',
  claimsHeading: 'الادعاءات',
  claimHeading: (_position, shown) => `الادعاء ${shown}`,
  source: 'المصدر',
  verdict: 'الحكم',
  article: 'المقال',
  note: 'ملاحظة',
  evidence: 'الأدلة',
  checkedBy: 'دقّقه',
  checkedOn: 'آخر تحديث',
  approvedBy: 'اعتمده',
  approvedOn: (date) => `في ${date}`,
  reviewState: 'المراجعة',
  context: 'السياق',
  openInClaimdesk: 'فتح في Claimdesk',
  noClaims: 'لا ادعاءات في هذا النطاق.',
  unknownSource: 'مصدر غير معروف',
  reviewStates,
};
