import { describe, expect, it } from 'vitest';
import { escapeJsonForHtml, jsonForHtml } from '../../domain/json-in-html.ts';

const HOSTILE = '</script><script>alert(1)</script>';

describe('jsonForHtml', () => {
  it('writes no "</script" that could end the script element it is placed in, and parses back to the same value', () => {
    const value = { note: HOSTILE, list: [`a ${HOSTILE} b`, '<!--', ']]>'] };
    const json = jsonForHtml(value, 2);
    expect(json).not.toMatch(/<\/?script|<!--|[<>]/i);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });

  it.each([
    ['<', '\\u003c'],
    ['>', '\\u003e'],
    ['&', '\\u0026'],
    ['\u2028', '\\u2028'],
    ['\u2029', '\\u2029'],
  ])('escapes %j as %s', (char, escaped) => {
    expect(jsonForHtml({ s: `x${char}y` })).toBe(`{"s":"x${escaped}y"}`);
    expect(JSON.parse(jsonForHtml(`x${char}y`))).toBe(`x${char}y`);
  });

  it('leaves JSON without those characters as JSON.stringify writes it, Arabic included', () => {
    const value = { quote: 'قال المتحدث "نرفض"', n: [1, 2.5, null, true] };
    expect(jsonForHtml(value, 2)).toBe(JSON.stringify(value, null, 2));
  });

  it('escapes JSON text given in pieces the same as whole', () => {
    const json = JSON.stringify({ note: HOSTILE });
    const pieces = [json.slice(0, 7), json.slice(7, 15), json.slice(15)];
    expect(pieces.map(escapeJsonForHtml).join('')).toBe(escapeJsonForHtml(json));
  });
});
