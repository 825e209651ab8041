// The export formats, each listed once (issue 18, item 2): its id (the `format` of GET /api/reports), what the export
// form calls it and says of it in each interface language, media type, file extension, whether it is meant for
// publication (approved claims only by default, signed by the newsroom), whether it is printed by Chromium (and so
// comes in parts past LIMITS.reportPartClaims claims), whether it is written while its claims are read from the
// store, and where its builder is. The routes, the export form and the tests read this list and nothing else.
//
// Adding a format is one new file and one entry here: the file (next to csv.ts) exports `builder`, a TextBuilder;
// the entry names it with `load: () => import('./that-file.ts')`. The import is lazy, so the client, which reads
// this list for its export form, never loads a builder.
import type { UiLanguage } from '../locales.ts';
import type { BuilderModule, StreamedParts, TextBuilder } from './builder.ts';

export type { BuilderModule, StreamedParts, TextBuilder };

interface FormatBase {
  /** What the export form calls it, in each interface language. */
  label: Record<UiLanguage, string>;
  /** One line on what it is and who it is for, in each interface language. */
  description: Record<UiLanguage, string>;
  /** The Content-Type of the download. */
  mediaType: string;
  /** What the file name ends with, after the article and date. */
  extension: string;
  /** Meant for publication: only claims an editor approved unless `approved=all`, and the newsroom must be set up. */
  publication: boolean;
}

/** Printed by the server (render-report.ts prints the HTML report with Chromium), so split into parts past LIMITS.reportPartClaims claims. */
export interface PrintedFormatInfo extends FormatBase {
  parted: true;
  streamed: false;
  load?: undefined;
}

/** Built as text by its builder module; a streamed one written as its claims are read from the store, a row or an item at a time. */
export interface TextFormatInfo extends FormatBase {
  parted: false;
  streamed: boolean;
  load: () => Promise<BuilderModule>;
}

export type ReportFormatInfo = PrintedFormatInfo | TextFormatInfo;

export const REPORT_FORMAT_REGISTRY = {
  html: {
    label: { en: 'HTML report', fr: 'Rapport HTML', ar: 'تقرير HTML' },
    description: {
      en: 'For editors and readers: the summary and every claim with its quote, verdict and evidence; opens in any browser and prints.',
      fr: 'Pour les éditeurs et les lecteurs : le résumé et chaque affirmation avec sa citation, son verdict et ses preuves ; s’ouvre dans n’importe quel navigateur et s’imprime.',
      ar: 'للمحرِّرين والقرّاء: الملخّص وكل ادعاء مع اقتباسه وحكمه وأدلته؛ يُفتح في أي متصفح ويمكن طباعته.',
    },
    mediaType: 'text/html; charset=utf-8',
    extension: 'html',
    publication: false,
    parted: false,
    streamed: false,
    load: () => import('./html-report.ts'),
  },
  pdf: {
    label: { en: 'PDF', fr: 'PDF', ar: 'PDF' },
    description: {
      en: 'For filing and sharing: the same report, printed to A4 by the server. Takes a few seconds.',
      fr: 'Pour l’archivage et le partage : le même rapport, imprimé au format A4 par le serveur. Prend quelques secondes.',
      ar: 'للأرشفة والمشاركة: التقرير نفسه يطبعه الخادم بمقاس A4. يستغرق بضع ثوانٍ.',
    },
    mediaType: 'application/pdf',
    extension: 'pdf',
    publication: false,
    parted: true,
    streamed: false,
  },
  csv: {
    label: { en: 'CSV', fr: 'CSV', ar: 'CSV' },
    description: {
      en: 'For spreadsheets: one row a claim, and Arabic opens correctly in Excel and LibreOffice.',
      fr: 'Pour les tableurs : une ligne par affirmation, et l’arabe s’affiche correctement dans Excel et LibreOffice.',
      ar: 'لجداول البيانات: صف لكل ادعاء، ويظهر النص العربي سليمًا في Excel وLibreOffice.',
    },
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    publication: false,
    parted: false,
    streamed: true,
    load: () => import('./csv.ts'),
  },
  json: {
    label: { en: 'JSON', fr: 'JSON', ar: 'JSON' },
    description: {
      en: 'For developers and archives: the claims with their article and source, as Claimdesk’s API defines them.',
      fr: 'Pour les développeurs et les archives : les affirmations avec leur article et leur source, telles que les définit l’API de Claimdesk.',
      ar: 'للمطوِّرين والأرشيف: الادعاءات مع مقالها ومصدرها، كما تعرّفها الواجهة البرمجية لـ Claimdesk.',
    },
    mediaType: 'application/json; charset=utf-8',
    extension: 'json',
    publication: false,
    parted: false,
    streamed: true,
    load: () => import('./json.ts'),
  },
  md: {
    label: { en: 'Markdown', fr: 'Markdown', ar: 'Markdown' },
    description: {
      en: 'For newsletters, wikis and chat: the report as plain text with light formatting.',
      fr: 'Pour les lettres d’information, les wikis et les messageries : le rapport en texte brut, légèrement mis en forme.',
      ar: 'للنشرات البريدية والويكي والمحادثات: التقرير نصًا عاديًا بتنسيق خفيف.',
    },
    mediaType: 'text/markdown; charset=utf-8',
    extension: 'md',
    publication: false,
    parted: false,
    streamed: false,
    load: () => import('./markdown.ts'),
  },
  claimreview: {
    label: { en: 'ClaimReview', fr: 'ClaimReview', ar: 'ClaimReview' },
    description: {
      en: 'For search engines and fact-check aggregators: schema.org JSON-LD, signed with your newsroom’s name.',
      fr: 'Pour les moteurs de recherche et les agrégateurs de vérifications : du JSON-LD schema.org, signé du nom de votre rédaction.',
      ar: 'لمحركات البحث ومنصات تجميع عمليات التحقق: JSON-LD وفق schema.org، موقَّع باسم غرفة أخباركم.',
    },
    mediaType: 'application/ld+json; charset=utf-8',
    extension: 'claimreview.jsonld',
    publication: true,
    parted: false,
    streamed: true,
    load: () => import('./claimreview.ts'),
  },
  webannotation: {
    label: { en: 'Web Annotation', fr: 'Web Annotation', ar: 'Web Annotation' },
    description: {
      en: 'For annotation tools such as Hypothesis: W3C JSON-LD, each claim anchored to its quote in the article.',
      fr: 'Pour les outils d’annotation comme Hypothesis : du JSON-LD du W3C, chaque affirmation ancrée à sa citation dans l’article.',
      ar: 'لأدوات التعليق التوضيحي مثل Hypothesis: JSON-LD وفق معيار W3C، وكل ادعاء مربوط باقتباسه في المقال.',
    },
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: 'annotations.jsonld',
    publication: false,
    parted: false,
    streamed: true,
    load: () => import('./web-annotation.ts'),
  },
  package: {
    label: { en: 'Publication package (.zip)', fr: 'Dossier de publication (.zip)', ar: 'حزمة النشر (ZIP)' },
    description: {
      en: 'For the newsroom’s records: HTML, PDF, ClaimReview, Web Annotation, data and each claim’s history in one file.',
      fr: 'Pour les archives de la rédaction : HTML, PDF, ClaimReview, Web Annotation, données et historique de chaque affirmation, en un seul fichier.',
      ar: 'لسجلات غرفة الأخبار: HTML وPDF وClaimReview وWeb Annotation والبيانات وسجل كل ادعاء، في ملف واحد.',
    },
    mediaType: 'application/zip',
    extension: 'zip',
    publication: true,
    parted: true,
    streamed: false,
  },
} as const satisfies Record<string, ReportFormatInfo>;

export type ReportFormat = keyof typeof REPORT_FORMAT_REGISTRY;
type Registry = typeof REPORT_FORMAT_REGISTRY;
/** The formats built as text by a builder module. */
export type TextFormat = { [F in ReportFormat]: Registry[F] extends { parted: false } ? F : never }[ReportFormat];
/** The text formats written as they are made (`streamed`). */
export type StreamedFormat = { [F in ReportFormat]: Registry[F] extends { streamed: true } ? F : never }[ReportFormat];

/** Every format, in the order the export form offers them. */
export const REPORT_FORMATS = Object.keys(REPORT_FORMAT_REGISTRY) as [ReportFormat, ...ReportFormat[]];

const where = (flag: 'publication' | 'parted' | 'streamed') =>
  REPORT_FORMATS.filter((f) => (REPORT_FORMAT_REGISTRY[f] as ReportFormatInfo)[flag]);

/** Formats meant for publication: they hold only claims an editor approved unless `approved=all` is asked for. */
export const PUBLICATION_FORMATS: readonly ReportFormat[] = where('publication');
/** Formats whose files are printed, and so are split into parts. */
export const PARTED_FORMATS: readonly ReportFormat[] = where('parted');
/** Formats written while their claims are read from the store. */
export const STREAMED_FORMATS: readonly StreamedFormat[] = where('streamed') as StreamedFormat[];

/**
 * The response header of a publication format's download: how many claims of its scope its ClaimReview leaves out,
 * because they are on no current public page (issue 15). The export form tells the user.
 */
export const UNPUBLISHED_CLAIMS_HEADER = 'X-Claimdesk-Unpublished-Claims';

/** What the registry says of `format`. */
export function formatInfo(format: ReportFormat): ReportFormatInfo {
  return REPORT_FORMAT_REGISTRY[format];
}

export const isTextFormat = (format: string): format is TextFormat =>
  Object.hasOwn(REPORT_FORMAT_REGISTRY, format) && !REPORT_FORMAT_REGISTRY[format as ReportFormat].parted;

export const isStreamedFormat = (format: string): format is StreamedFormat =>
  Object.hasOwn(REPORT_FORMAT_REGISTRY, format) && REPORT_FORMAT_REGISTRY[format as ReportFormat].streamed;

/** The builder of a text format, loaded the first time it is asked for. */
export async function loadTextBuilder(format: TextFormat): Promise<TextBuilder> {
  return (await REPORT_FORMAT_REGISTRY[format].load()).builder;
}

/** The builder of a streamed format, with its chunked and streamed forms. */
export async function loadStreamedBuilder(format: StreamedFormat): Promise<TextBuilder & { streamed: StreamedParts }> {
  const builder = await loadTextBuilder(format);
  if (!builder.streamed) throw new Error(`The registry marks ${format} streamed, but its builder module has no streamed parts`);
  return builder as TextBuilder & { streamed: StreamedParts };
}
