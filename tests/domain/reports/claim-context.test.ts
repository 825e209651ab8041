import { describe, expect, it } from 'vitest';
import { claimContext, widenToWords } from '../../../domain/reports/claim-context.ts';
import { splitSentences } from '../../../domain/split-sentences.ts';
import { claimOn, demoArticle, QUOTES } from './build-report-input.ts';

describe('claim context', () => {
  it('finds the sentence around a claim and marks exactly the claimed words', () => {
    const article = demoArticle();
    const claim = claimOn(article, QUOTES.armenia);
    const { text, mark } = claimContext(article, claim, splitSentences(article.text, 'ar'));
    expect(text.startsWith('وأكد المركز الاعلامي للحكومة الارمينية')).toBe(true);
    expect(text.endsWith('على الوضع.')).toBe(true);
    expect(mark && text.slice(mark.start, mark.end)).toBe(QUOTES.armenia);
  });

  it('widens a mark that starts or ends inside an Arabic word to the whole word', () => {
    const text = 'قالت أرمينيا الجمعة إنها مستعدة';
    // "رمينيا الجمع": starts after the alef of أرمينيا and stops before the final ة of الجمعة.
    const start = text.indexOf('رمينيا');
    const end = text.indexOf('الجمعة') + 'الجمع'.length;
    const words = widenToWords(text, start, end);
    expect(text.slice(words.start, words.end)).toBe('أرمينيا الجمعة');
  });

  it('leaves a mark on word boundaries as it is, and steps over surrogate pairs', () => {
    const text = 'a 𝐀𝐁𝐂 b';
    expect(widenToWords(text, 2, 8)).toEqual({ start: 2, end: 8 });
    expect(widenToWords(text, 4, 6)).toEqual({ start: 2, end: 8 });
  });

  it('does not mark a claim whose quote no longer matches the text', () => {
    const article = demoArticle();
    const claim = { ...claimOn(article, QUOTES.elysee), quote: { exact: 'نص آخر', prefix: '', suffix: '' } };
    expect(claimContext(article, claim, splitSentences(article.text, 'ar')).mark).toBeNull();
  });
});
