// Guesses an article's language and direction from its text: the script decides the direction
// (Arabic or Hebrew letters → right to left), franc's trigram model names the language.
import { franc } from 'franc-min';
import type { Direction } from './schemas.ts';

/** ISO 639-3 codes franc returns, mapped to the two-letter tags the app stores. */
const TWO_LETTER: Record<string, string> = {
  arb: 'ar', ara: 'ar', eng: 'en', fra: 'fr', spa: 'es', deu: 'de', ita: 'it', por: 'pt', rus: 'ru', ukr: 'uk',
  tur: 'tr', pes: 'fa', fas: 'fa', urd: 'ur', heb: 'he', hye: 'hy', azj: 'az', nld: 'nl', pol: 'pl', cmn: 'zh',
};

export interface DetectedLanguage {
  language: string;
  direction: Direction;
  /** False when the text was too short or mixed for the model to say; the user should check. */
  confident: boolean;
}

function countLetters(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 20_000);
  const rtlLetters = countLetters(sample, /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/gu);
  const allLetters = countLetters(sample, /\p{L}/gu);
  const direction: Direction = allLetters > 0 && rtlLetters / allLetters > 0.5 ? 'rtl' : 'ltr';
  const guess = TWO_LETTER[franc(sample, { minLength: 10 })];
  if (guess) {
    // The model and the script must agree on direction; otherwise trust the script.
    const guessIsRtl = ['ar', 'fa', 'ur', 'he'].includes(guess);
    if (guessIsRtl === (direction === 'rtl')) return { language: guess, direction, confident: true };
  }
  const hebrew = countLetters(sample, /\p{Script=Hebrew}/gu);
  const fallback = direction === 'rtl' ? (hebrew > rtlLetters / 2 ? 'he' : 'ar') : 'en';
  return { language: fallback, direction, confident: false };
}
