// The words of the public pages (issue 15, item 3) in the three interface languages; the claim fields reuse the
// report labels (domain/reports/labels.ts) so that a page and a report name things alike.
import type { UiLanguage } from '../locales.ts';

export interface PageLabels {
  factCheck: string;
  indexTitle: (newsroom: string) => string;
  indexEmpty: string;
  claimHeading: (n: string) => string;
  publishedOn: (date: string) => string;
  version: (n: string) => string;
  correction: (date: string) => string;
  correctionsHeading: string;
  explanation: string;
  original: string;
  claimCount: (count: number, shown: string) => string;
  notFoundTitle: string;
  notFound: string;
  withdrawnTitle: string;
  withdrawn: (date: string) => string;
  reason: string;
  feed: string;
}

const EN: PageLabels = {
  factCheck: 'Fact-check',
  indexTitle: (newsroom) => `Fact-checks by ${newsroom}`,
  indexEmpty: 'Nothing is published yet.',
  claimHeading: (n) => `Claim ${n}`,
  publishedOn: (date) => `Published ${date}`,
  version: (n) => `version ${n}`,
  correction: (date) => `Correction, ${date}:`,
  correctionsHeading: 'Corrections',
  explanation: 'Explanation',
  original: 'Original article',
  claimCount: (count, shown) => (count === 1 ? '1 claim checked' : `${shown} claims checked`),
  notFoundTitle: 'Page not found',
  notFound: 'There is no published fact-check at this address.',
  withdrawnTitle: 'Fact-check withdrawn',
  withdrawn: (date) => `This fact-check was withdrawn on ${date}.`,
  reason: 'Reason:',
  feed: 'Atom feed',
};

const FR: PageLabels = {
  factCheck: 'Vérification',
  indexTitle: (newsroom) => `Vérifications de ${newsroom}`,
  indexEmpty: 'Rien n’est encore publié.',
  claimHeading: (n) => `Affirmation ${n}`,
  publishedOn: (date) => `Publié le ${date}`,
  version: (n) => `version ${n}`,
  correction: (date) => `Rectificatif, ${date} :`,
  correctionsHeading: 'Rectificatifs',
  explanation: 'Explication',
  original: 'Article d’origine',
  claimCount: (count, shown) => (count <= 1 ? `${shown} affirmation vérifiée` : `${shown} affirmations vérifiées`),
  notFoundTitle: 'Page introuvable',
  notFound: 'Aucune vérification publiée à cette adresse.',
  withdrawnTitle: 'Vérification retirée',
  withdrawn: (date) => `Cette vérification a été retirée le ${date}.`,
  reason: 'Motif :',
  feed: 'Flux Atom',
};

const AR: PageLabels = {
  factCheck: 'تحقّق',
  indexTitle: (newsroom) => `تحقّقات ${newsroom}`,
  indexEmpty: 'لم يُنشر شيء بعد.',
  claimHeading: (n) => `الادعاء ${n}`,
  publishedOn: (date) => `نُشر في ${date}`,
  version: (n) => `النسخة ${n}`,
  correction: (date) => `تصحيح، ${date}:`,
  correctionsHeading: 'تصحيحات',
  explanation: 'الشرح',
  original: 'المقال الأصلي',
  claimCount: (count, shown) => (count === 1 ? 'ادعاء واحد مُتحقَّق منه' : count === 2 ? 'ادعاءان مُتحقَّق منهما' : `${shown} ادعاءات مُتحقَّق منها`),
  notFoundTitle: 'الصفحة غير موجودة',
  notFound: 'لا يوجد تحقّق منشور في هذا العنوان.',
  withdrawnTitle: 'سُحب التحقّق',
  withdrawn: (date) => `سُحب هذا التحقّق في ${date}.`,
  reason: 'السبب:',
  feed: 'موجز Atom',
};

const LABELS: Record<UiLanguage, PageLabels> = { en: EN, fr: FR, ar: AR };

export const pageLabels = (language: UiLanguage): PageLabels => LABELS[language];
