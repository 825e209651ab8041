// Language and direction detection for intake.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../domain/detect-language.ts';

const demo = readFileSync(new URL('../../data/seed/afp-karabakh-2020-10-09.ar.txt', import.meta.url), 'utf8');

describe('detectLanguage', () => {
  it.each([
    ['the Arabic demo article', demo, 'ar', 'rtl'],
    ['an English wire paragraph', 'The Kremlin said on Friday that the foreign ministers of Armenia and Azerbaijan would meet in Moscow for talks.', 'en', 'ltr'],
    ['a French wire paragraph', "Le Kremlin a annoncé vendredi que les ministres des Affaires étrangères d'Arménie et d'Azerbaïdjan se réuniraient à Moscou.", 'fr', 'ltr'],
    ['Arabic with Latin names and digits inside', 'قال متحدث باسم الكرملين Dmitry Peskov إن المحادثات ستبدأ في الساعة 12,00 في موسكو يوم الجمعة.', 'ar', 'rtl'],
  ])('reads %s as %s, %s', (_name, text, language, direction) => {
    expect(detectLanguage(text)).toMatchObject({ language, direction, confident: true });
  });

  it('falls back on the script, unsure, for a text too short to model', () => {
    expect(detectLanguage('نعم')).toEqual({ language: 'ar', direction: 'rtl', confident: false });
    expect(detectLanguage('OK')).toEqual({ language: 'en', direction: 'ltr', confident: false });
  });
});
