// The public pages as a reader and a search engine get them (issue 15, items 3 and 6): HTML that parses with its
// language and direction, one ClaimReview per claim with Google's required fields on the public base URL, and an
// Atom feed that parses as XML with the elements RFC 4287 requires.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../domain/publication/atom-feed.ts';
import { publicIndexHtml } from '../../../domain/publication/index-html.ts';
import { notFoundHtml, withdrawnHtml } from '../../../domain/publication/notice-html.ts';
import { publicationPageHtml } from '../../../domain/publication/page-html.ts';
import { buildPublication, settings } from './build-publication.ts';

const ldOf = (html: string) =>
  [...new JSDOM(html).window.document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));

describe('a publication page', () => {
  const html = publicationPageHtml(buildPublication(), settings);
  const { document } = new JSDOM(html).window;

  it('parses with the article\'s language and direction, a phone viewport and each claim at #claim-n', () => {
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
    expect(document.querySelector('h1')?.textContent).toBe('معارك في ناغورني قره باغ </script><b>');
    expect([...document.querySelectorAll('section.claim')].map((s) => s.id)).toEqual(['claim-1', 'claim-2']);
    expect(document.querySelector('#claim-1 blockquote')?.textContent).toContain('وزارة الدفاع');
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('has canonical, OpenGraph and Twitter meta on the public base URL', () => {
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://facts.example.org/v/a-1');
    expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://facts.example.org/v/a-1');
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain('ناغورني');
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
  });

  it('shows the correction dated, in Arabic', () => {
    expect(document.querySelector('.corrections .correction')?.textContent).toMatch(/^تصحيح، .+2026:/);
  });

  it('embeds one ClaimReview per claim with every required field', () => {
    const reviews = ldOf(html);
    expect(reviews).toHaveLength(2);
    for (const [i, review] of reviews.entries()) {
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `https://facts.example.org/v/a-1#claim-${i + 1}`,
        claimReviewed: expect.any(String),
        datePublished: '2026-12-01',
        dateModified: '2026-12-05',
        inLanguage: 'ar',
        author: { '@type': 'Organization', name: 'حقائق كاراباخ', url: 'https://facts.example.org/about' },
        reviewRating: { '@type': 'Rating', ratingValue: expect.any(Number), bestRating: 5, worstRating: 1, alternateName: expect.any(String) },
        itemReviewed: { '@type': 'Claim', author: { name: expect.any(String) }, appearance: { '@type': 'CreativeWork', url: 'https://afp.example/1' } },
      });
    }
    expect(reviews[0].reviewRating.alternateName).toBe('مُتنازَع عليه');
    expect(reviews[1].itemReviewed.author['@type']).toBe('Person');
  });
});

describe('the other public pages', () => {
  it('words a withdrawal in the article\'s language, with its reason', () => {
    const html = withdrawnHtml(buildPublication({ status: 'withdrawn', withdrawnAt: '2026-12-06T00:00:00.000Z', withdrawnReason: 'نُشر خطأً' }), settings);
    const { document } = new JSDOM(html).window;
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.body.textContent).toContain('نُشر خطأً');
  });

  it('says not found without naming anything', () => {
    expect(new JSDOM(notFoundHtml(settings)).window.document.body.textContent).not.toContain('a-1');
  });

  it('lists each page in the index on the public base URL', () => {
    const { document } = new JSDOM(publicIndexHtml([buildPublication()], settings)).window;
    expect(document.querySelector('ul.index a')?.getAttribute('href')).toBe('https://facts.example.org/v/a-1');
  });
});

describe('the Atom feed', () => {
  const ATOM = 'http://www.w3.org/2005/Atom';
  const parse = (xml: string) => new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');

  it('parses as XML with the feed\'s and each entry\'s required elements', () => {
    const doc = parse(atomFeed([buildPublication()], settings, '2026-12-06T00:00:00.000Z'));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name && c.namespaceURI === ATOM);
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toHaveLength(1);
    expect(child(feed, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe('https://facts.example.org/v/feed.atom');
    expect(child(feed, 'updated')[0]!.textContent).toBe('2026-12-05T10:00:00.000Z');
    const [entry] = child(feed, 'entry');
    for (const name of ['id', 'title', 'updated', 'link']) expect(child(entry!, name), name).toHaveLength(1);
    expect(child(entry!, 'id')[0]!.textContent).toBe('https://facts.example.org/v/a-1');
  });

  it('is valid with nothing published, updated at the time asked', () => {
    const doc = parse(atomFeed([], settings, '2026-12-06T00:00:00.000Z'));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'updated')[0]?.textContent).toBe('2026-12-06T00:00:00.000Z');
  });
});
