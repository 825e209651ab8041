import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../domain/schemas.ts';
import { ABBREVIATIONS, splitSentences } from '../../domain/split-sentences.ts';

const demoArticle = readFileSync(new URL('../../data/seed/afp-karabakh-2020-10-09.ar.txt', import.meta.url), 'utf8');
const demoLines = demoArticle.split('\n');

/** The line of the demo article as a reader numbers them, from 1. */
function demoLine(n: number): string {
  const line = demoLines[n - 1];
  if (line === undefined) throw new Error(`the demo article has no line ${n}`);
  return line;
}

/** Checks the contract every split must keep, then returns the sentence texts. */
function split(text: string, language: string): string[] {
  const sentences = splitSentences(text, language);
  expectPartition(text, sentences);
  return sentences.map((s) => s.text);
}

function expectPartition(text: string, sentences: Sentence[]): void {
  let previousEnd = 0;
  sentences.forEach((sentence, index) => {
    expect(sentence.index).toBe(index);
    expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
    expect(sentence.text).toBe(sentence.text.trim());
    expect(sentence.text).not.toBe('');
    expect(sentence.text).not.toContain('\n');
    expect(text.slice(previousEnd, sentence.start)).toMatch(/^\s*$/);
    previousEnd = sentence.end;
  });
  expect(text.slice(previousEnd)).toMatch(/^\s*$/);
}

describe('splitSentences on the demo article', () => {
  // Hand count: 17 lines, one sentence each, except lines 11, 12 and 13 which hold two: 17 + 3 = 20.
  // Line 6 keeps the two sentences quoted inside “…” in one; line 2's 12,00 and line 1's “مستعدة” do not split.
  const sentences = split(demoArticle, 'ar');

  it('finds the 20 sentences a reader counts', () => {
    expect(demoLines).toHaveLength(17);
    expect(sentences).toHaveLength(20);
  });

  it('keeps the quotation of line 6, which holds a full stop, in one sentence', () => {
    expect(demoLine(6)).toContain('خط المواجهة. العدو');
    expect(sentences).toContain(demoLine(6));
    expect(sentences).toContain(
      'وأكد المركز الاعلامي للحكومة الارمينية أن “القصف المدفعي استمر على قطاعات عدة من خط المواجهة. العدو ضرب مناطق مأهولة بالصواريخ والمدفعية” مشيرا إلى أن الانفصاليين حافظوا على “سيطرتهم” على الوضع.',
    );
  });

  it('splits lines 11, 12 and 13 into two sentences each', () => {
    expect(sentences).toContain('وارتفع العدد الرسمي للقتلى صباح الجمعة إلى أكثر من 400 قتيل، بينهم 22 مدنيا أرمنيا و31 أذربيجانيا.');
    expect(sentences).toContain(
      'لكن الحصيلة قد تكون أعلى من ذلك بكثير إذ يعلن كل جانب أنه قضى على الآلاف من جنود العدو ولم تعلن باكو عن خسائرها العسكرية.',
    );
    expect(sentences).toContain('ووفقا للسلطات الانفصالية، نزح نصف سكان ناغورني قره باغ البالغ عددهم 140 ألف نسمة بسبب هذه الاشتباكات.');
    expect(sentences).toContain('ونفى الجيش الأذربيجاني إطلاق النار على هذا المبنى.');
  });

  it('keeps line 1 with its quoted word and line 2 with its time 12,00 whole', () => {
    expect(sentences[0]).toBe(demoLine(1));
    expect(sentences[1]).toBe(demoLine(2));
    expect(sentences[1]).toContain('12,00');
  });

  it('ends the sentence of line 3 after the full stop that follows the closing quote', () => {
    expect(sentences[2]).toBe(demoLine(3));
    expect(sentences[2]?.endsWith('هشا”.')).toBe(true);
  });

  it('gives the same sentences when the whole article is one very long line', () => {
    const oneLine = Array.from({ length: 6 }, () => demoLines.join(' ')).join(' ');
    expect(oneLine.length).toBeGreaterThan(10_000);
    expect(split(oneLine, 'ar')).toEqual([...sentences, ...sentences, ...sentences, ...sentences, ...sentences, ...sentences]);
  });
});

describe('splitSentences, general rules', () => {
  it('returns no sentences for empty or blank text', () => {
    expect(splitSentences('', 'ar')).toEqual([]);
    expect(splitSentences(' \n\n  \t', 'en')).toEqual([]);
  });

  it('ends a sentence at every line break, even without a full stop', () => {
    expect(split('Ceasefire talks in Moscow\nThe ministers met on Friday. They talked.', 'en')).toEqual([
      'Ceasefire talks in Moscow',
      'The ministers met on Friday.',
      'They talked.',
    ]);
    expect(split('محادثات في موسكو\nالتقى الوزيران الجمعة.', 'ar')).toEqual(['محادثات في موسكو', 'التقى الوزيران الجمعة.']);
  });

  it('never lets a sentence span a line break, after an abbreviation or inside an open quote', () => {
    expect(split('He met Mr.\nSmith left.', 'en')).toEqual(['He met Mr.', 'Smith left.']);
    expect(split('He said "we will\nnot stop.', 'en')).toEqual(['He said "we will', 'not stop.']);
  });

  it('ends sentences at . ؟ ! ? and … in Arabic, English and French', () => {
    expect(split('انتهى القتال. هل انتهى؟ نعم! انتظر… ثم تكلم.', 'ar')).toEqual([
      'انتهى القتال.',
      'هل انتهى؟',
      'نعم!',
      'انتظر…',
      'ثم تكلم.',
    ]);
    expect(split('It ended. Did it? Yes! He paused… Then he spoke.', 'en')).toEqual([
      'It ended.',
      'Did it?',
      'Yes!',
      'He paused…',
      'Then he spoke.',
    ]);
    expect(split('C’est fini. Vraiment ? Oui ! Il hésita… Puis il parla.', 'fr')).toEqual([
      'C’est fini.',
      'Vraiment ?',
      'Oui !',
      'Il hésita…',
      'Puis il parla.',
    ]);
  });

  it('does not end a sentence at an ellipsis followed by a lowercase word or a number', () => {
    expect(split('He waited… and waited… 3 days. Then left.', 'en')).toEqual(['He waited… and waited… 3 days.', 'Then left.']);
  });

  it('keeps closing quotes after the full stop with their sentence', () => {
    expect(split('He said “It is over.” Then he left.', 'en')).toEqual(['He said “It is over.”', 'Then he left.']);
    expect(split('He said "It is over." Then he left.', 'en')).toEqual(['He said "It is over."', 'Then he left.']);
    expect(split('قال «انتهت الحرب.» ثم غادر.', 'ar')).toEqual(['قال «انتهت الحرب.»', 'ثم غادر.']);
    expect(split('Il a dit : « C’est fini. » Puis il est parti.', 'fr')).toEqual([
      'Il a dit : « C’est fini. »',
      'Puis il est parti.',
    ]);
  });

  it('keeps a quotation of two sentences inside one sentence', () => {
    expect(split('He said “The war is over. We won.” Then he left.', 'en')).toEqual([
      'He said “The war is over. We won.”',
      'Then he left.',
    ]);
    expect(split('He said "The war is over. We won" and left. Later he came back.', 'en')).toEqual([
      'He said "The war is over. We won" and left.',
      'Later he came back.',
    ]);
    expect(split('M. Macron a déclaré : « La guerre est finie. Nous avons gagné. » Puis il est parti.', 'fr')).toEqual([
      'M. Macron a déclaré : « La guerre est finie. Nous avons gagné. »',
      'Puis il est parti.',
    ]);
  });

  it('balances Arabic quotes written mirrored, ”…“', () => {
    expect(split('قال ”انتهت الحرب. انتصرنا“ ثم غادر. وصل الوزير.', 'ar')).toEqual([
      'قال ”انتهت الحرب. انتصرنا“ ثم غادر.',
      'وصل الوزير.',
    ]);
  });

  it('lets an unbalanced quote run only to the end of its paragraph', () => {
    expect(split('He said “the war is over. We won.\nThen he left. Later he came back.', 'en')).toEqual([
      'He said “the war is over. We won.',
      'Then he left.',
      'Later he came back.',
    ]);
  });

  it('keeps a speech tag in lowercase after a quoted question with its sentence', () => {
    expect(split('“Really?” he asked. Nobody answered.', 'en')).toEqual(['“Really?” he asked.', 'Nobody answered.']);
    expect(split('« Vraiment ? » demanda-t-il. Personne ne répondit.', 'fr')).toEqual([
      '« Vraiment ? » demanda-t-il.',
      'Personne ne répondit.',
    ]);
  });

  it('never splits numbers such as 12,00, 3.5 and 1.000.000', () => {
    expect(split('At 12,00 GMT the toll was 3.5 times higher, 1.000.000 people fled. Talks went on.', 'en')).toEqual([
      'At 12,00 GMT the toll was 3.5 times higher, 1.000.000 people fled.',
      'Talks went on.',
    ]);
    expect(split('في الساعة 12,00 بلغت الكلفة 3.5 مليون و1.000.000 دولار. واستمرت المحادثات.', 'ar')).toHaveLength(2);
  });

  it.each([...ABBREVIATIONS])('does not end a sentence after the abbreviation %s', (abbreviation) => {
    expect(split(`They met ${abbreviation} Smith there. Then they left.`, 'en')).toEqual([
      `They met ${abbreviation} Smith there.`,
      'Then they left.',
    ]);
  });

  it('does not end sentences after abbreviations and initials in running text', () => {
    expect(split('Mr. Smith met Dr. Jones in the U.S. Army base. J. R. R. Tolkien wrote it. See No. 5.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. Army base.',
      'J. R. R. Tolkien wrote it.',
      'See No. 5.',
    ]);
    expect(split('M. Macron a reçu Mme. Dupont. La réunion a duré une heure.', 'fr')).toEqual([
      'M. Macron a reçu Mme. Dupont.',
      'La réunion a duré une heure.',
    ]);
    expect(split('قال د. أحمد إن الوضع خطير. وغادر.', 'ar')).toEqual(['قال د. أحمد إن الوضع خطير.', 'وغادر.']);
  });

  it('keeps offsets exact around astral characters and surrounding whitespace', () => {
    const text = '  😀 First one.   Second 𝒳 one.  \n\n  Third.  ';
    const sentences = splitSentences(text, 'en');
    expectPartition(text, sentences);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [2, 15],
      [18, 32],
      [38, 44],
    ]);
  });
});
