// HTML intake: the article text arrives with its paragraphs; scripts, styles and page chrome do not.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractHtml, textWithLines } from '../../server/intake/extract-html.ts';

const page = `<!doctype html><html lang="ar" dir="rtl"><head><title>أرمينيا مستعدة</title>
<style>p { color: red }</style><script>window.stolen = document.cookie; alert("x")</script></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<article><h1>أرمينيا "مستعدة" لاستئناف عملية السلام</h1>
<p>قالت أرمينيا الجمعة إنها “مستعدة” لاستئناف عملية السلام مع أذربيجان بشأن منطقة ناغورني قره باغ حيث تستمر الاشتباكات العنيفة.</p>
<script>document.write("injected")</script>
<p>وقال باشينيان الجمعة “نحن على استعداد لاستئناف عملية السلام تماشيا مع التصريحات التي صدرت أخيرا”.<br>وطالب فلاديمير بوتين بوقف القتال.</p>
<p>وأكد المركز الاعلامي للحكومة الارمينية أن <b>القصف المدفعي</b> استمر على قطاعات عدة من خط المواجهة.</p>
</article><footer>© وكالة</footer></body></html>`;

describe('extractHtml', () => {
  const out = extractHtml(page);

  it('keeps the article paragraphs as lines', () => {
    const lines = out.text.split('\n');
    expect(lines).toContain('قالت أرمينيا الجمعة إنها “مستعدة” لاستئناف عملية السلام مع أذربيجان بشأن منطقة ناغورني قره باغ حيث تستمر الاشتباكات العنيفة.');
    expect(lines).toContain('وطالب فلاديمير بوتين بوقف القتال.');
    expect(lines).toContain('وأكد المركز الاعلامي للحكومة الارمينية أن القصف المدفعي استمر على قطاعات عدة من خط المواجهة.');
  });

  it('drops scripts and styles', () => {
    expect(out.text).not.toMatch(/alert|document|injected|color: red/);
  });

  it('reads the headline and language of the page', () => {
    expect(out.title).toBe('أرمينيا "مستعدة" لاستئناف عملية السلام'); // Readability prefers the article's own headline
    expect(out.language).toBe('ar');
  });

  it('falls back to the body text for a fragment too short for Readability', () => {
    expect(extractHtml('<p>Short <i>note</i>.</p><script>x()</script>').text).toBe('Short note.');
  });
});

describe('textWithLines', () => {
  it('reads text nested ten thousand elements deep without overflowing the call stack', () => {
    const { document } = new JSDOM('').window;
    // Built from the leaf up, outside the document: jsdom itself recurses when a node is added under a deep one.
    let root: Element = document.createElement('span');
    root.textContent = 'deep';
    for (let i = 0; i < 10_000; i++) root = document.createElement(i % 2 ? 'span' : 'div').appendChild(root).parentElement!;
    expect(textWithLines(root)).toBe('deep');
  });

  it('puts each block element on its own line and a <br> between lines', () => {
    const { document } = new JSDOM('<body>a<div>b<p>c</p>d<br>e</div><span>f</span></body>').window;
    expect(textWithLines(document.body)).toBe('a\nb\nc\nd\ne\nf');
  });
});
