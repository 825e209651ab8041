// A desk full of markup for tests/e2e/hostile-markup.test.ts: an Arabic and English article whose title, outlet and
// text carry script attempts, a source and a person named in markup, claims with hostile notes, evidence titles and a
// review comment; and the checks that none of it ran, none of it became an element and the page kept to its CSP.
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ArticleDetail, Claim, Source, User } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { apiAs, articleDetail, createArticle, type Harness } from './harness.ts';

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

/** Each would set `window.__pwned` (or show an element) if any screen parsed it as HTML or as a template. */
export const MARKUP = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  svg: '"><svg onload=window.__pwned=3>',
  link: '<a href="javascript:window.__pwned=4">click</a>',
  template: "{{constructor.constructor('window.__pwned=5')()}}",
  textarea: '</textarea><b>bold</b>',
} as const;

/** A right-to-left override inside an Arabic word: shown as it is stored, not dropped and not let out of its box. */
export const OVERRIDDEN_WORD = 'مو\u202Eسكو';

/** One paragraph a sentence: 0 and 1 are left as suggestions, 2 to 5 get claims. */
export const HOSTILE_TEXT = [
  `وقال الكرملين يوم الجمعة إن ${MARKUP.img} المحادثات ستبدأ في موسكو قريبا.`,
  `وقال المتحدث باسم الوزارة: "نرفض ${MARKUP.script} وكل ما جاء في البيان الأخير".`,
  `The Hostile Ministry said on Friday that ${MARKUP.svg} talks would begin in Baku.`,
  `Observers expect ${MARKUP.link} and ${MARKUP.template} soon.`,
  `The last line reads ${MARKUP.textarea} and ends there.`,
  `وكتب مراسل أن كلمة ${OVERRIDDEN_WORD} مقلوبة.`,
].join('\n\n');

export const HOSTILE_TITLE = `${MARKUP.img} محادثات موسكو ${MARKUP.textarea}`;
export const HOSTILE_OUTLET = `${MARKUP.svg} Wire`;
export const HOSTILE_SOURCE_NAME = `Ministry ${MARKUP.img}`;
export const HOSTILE_SOURCE_ARABIC = `وزارة ${MARKUP.textarea}`;
export const HOSTILE_PERSON = { username: 'mallory', displayName: `${MARKUP.img} Mallory`, password: 'mallory edits the desk', role: 'editor' };
export const NOTES = [`${MARKUP.script} ملاحظة على البيان`, MARKUP.template, `${MARKUP.textarea} compare the readout`, `${MARKUP.link} راجع النص`];
export const EVIDENCE_TITLES = [`${MARKUP.img} التقرير الرسمي`, `${MARKUP.link} transcript`];
export const RETURN_COMMENT = `${MARKUP.svg} cite the transcript`;
export const MALLORY_NOTE = `${MARKUP.script} edited by Mallory`;

export interface HostileDesk {
  article: ArticleDetail;
  source: Source;
  /** Claims on sentences 2 to 5, all made by the harness's editor and disputed; claim 1 returned by Mallory. */
  claims: Claim[];
  mallory: User;
}


/** Builds the hostile desk through the API, the way another tool (or an attacker with an account) would. */
export async function seedHostileDesk(h: Harness): Promise<HostileDesk> {
  const source = await h.api<Source>('POST', '/sources', {
    name: HOSTILE_SOURCE_NAME,
    names: { ar: HOSTILE_SOURCE_ARABIC },
    aliases: ['الوزارة', MARKUP.svg],
  });
  const created = await createArticle(h, {
    title: HOSTILE_TITLE,
    outlet: HOSTILE_OUTLET,
    url: 'https://example.org/hostile',
    text: HOSTILE_TEXT,
    language: 'ar',
    direction: 'rtl',
  });
  const article = await articleDetail(h, created.id);
  const claimOn = (index: number, overrides: Parameters<typeof buildClaimBody>[3]) => {
    const sentence = article.sentences[index]!;
    const exact = sentence.text.trim();
    const start = sentence.start + sentence.text.indexOf(exact);
    return h.api<Claim>('POST', `/articles/${article.id}/claims`, buildClaimBody(article.text, start, start + exact.length, overrides));
  };
  const claims = [
    await claimOn(2, { sourceId: source.id, verdict: 'disputed', note: NOTES[0], evidence: [{ url: 'https://example.org/a', title: EVIDENCE_TITLES[0] }] }),
    await claimOn(3, { sourceId: 'kremlin', verdict: 'disputed', note: NOTES[1], evidence: [{ url: 'https://example.org/b', title: EVIDENCE_TITLES[1] }] }),
    await claimOn(4, { sourceId: source.id, verdict: 'disputed', note: NOTES[2] }),
    await claimOn(5, { sourceId: 'kremlin', verdict: 'disputed', note: NOTES[3] }),
  ];

  // A second editor whose name is markup returns one claim and edits another: their name reaches timelines and My claims.
  const mallory = await h.api<User>('POST', '/users', HOSTILE_PERSON);
  const asMallory = await apiAs(h, HOSTILE_PERSON.username, HOSTILE_PERSON.password);
  claims[1] = await asMallory<Claim>('POST', `/claims/${claims[1]!.id}/review`, { decision: 'return', comment: RETURN_COMMENT, version: claims[1]!.version });
  claims[3] = await asMallory<Claim>('PATCH', `/claims/${claims[3]!.id}`, { version: claims[3]!.version, note: MALLORY_NOTE, sourceId: source.id });
  return { article, source, claims, mallory };
}

/** What the page saw: dialogs it opened and, through an init script, every CSP violation of every document. */
export async function watchPage(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.context().addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return { dialogs };
}

/** Elements the hostile strings would have made had they been parsed; none may exist. */
const PARSED = 'img[src="x"], script:not([src]), svg[onload], [onerror], [onload], a[href^="javascript:" i], b:text-is("bold")';

/** Nothing ran, nothing was parsed into elements and the policy was never broken, in the page as it is now. */
export async function expectInert(page: Page | Frame) {
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator(PARSED).evaluateAll((found) => found.map((e) => e.outerHTML.slice(0, 120)))).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
}

/** The same for a sandboxed frame, where no script of ours can run: only its elements are checked. */
export async function expectInertFrame(frame: FrameLocator) {
  expect(await frame.locator(PARSED).count()).toBe(0);
}
