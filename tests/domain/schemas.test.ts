// The builders of text fields (issue 13, finding 14): one-line fields refuse controls, line breaks, tabs, and bidi
// overrides and isolates, each with its stable reason; multi-line fields keep lines, tabs and isolates. Both keep
// the marks Arabic uses.
import { describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES } from '../../domain/refusals.ts';
import { multiLine, singleLine } from '../../domain/schemas.ts';

/** The message of the first issue, or 'ok' with the parsed value. */
const verdict = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }, value: string) => {
  const result = schema.safeParse(value);
  return result.success ? ['ok', result.data] : ['refused', result.error!.issues[0]!.message];
};

const ARABIC_MARKS = 'بيان\u200F (AFP)\u200E \u061C١٠ نص\u200Cي\u200D';

describe('singleLine', () => {
  const field = singleLine(100);

  it.each([
    ['NUL', '\u0000', REFUSAL_MESSAGES.control_character],
    ['BEL', '\u0007', REFUSAL_MESSAGES.control_character],
    ['ESC', '\u001B', REFUSAL_MESSAGES.control_character],
    ['DEL', '\u007F', REFUSAL_MESSAGES.control_character],
    ['NEL (C1)', '\u0085', REFUSAL_MESSAGES.control_character],
    ['CSI (C1)', '\u009B', REFUSAL_MESSAGES.control_character],
    ['a line feed', '\n', REFUSAL_MESSAGES.single_line],
    ['a carriage return', '\r', REFUSAL_MESSAGES.single_line],
    ['a tab', '\t', REFUSAL_MESSAGES.single_line],
    ['a line separator', '\u2028', REFUSAL_MESSAGES.single_line],
    ['LRE', '\u202A', REFUSAL_MESSAGES.bidi_control],
    ['RLO', '\u202E', REFUSAL_MESSAGES.bidi_control],
    ['LRI', '\u2066', REFUSAL_MESSAGES.bidi_control],
    ['PDI', '\u2069', REFUSAL_MESSAGES.bidi_control],
  ])('refuses %s anywhere in the value, with its reason', (_name, char, message) => {
    for (const value of [char, `a${char}`, `${char}a`, `Kremlin ${char} spokesman`]) {
      expect(verdict(field, value)).toEqual(['refused', message]);
    }
  });

  it('accepts the marks Arabic uses (RLM, LRM, ALM, ZWNJ, ZWJ) and composes to NFC', () => {
    expect(verdict(field, ARABIC_MARKS)).toEqual(['ok', ARABIC_MARKS]);
    expect(verdict(field, 'E\u0301lyse\u0301e')).toEqual(['ok', 'Élysée']);
  });

  it('keeps its bounds and the well-formedness check', () => {
    expect(verdict(singleLine(3), 'abcd')[0]).toBe('refused');
    expect(verdict(singleLine(3, 1), '')[0]).toBe('refused');
    expect(verdict(field, 'bad \ud800')).toEqual(['refused', REFUSAL_MESSAGES.lone_surrogate]);
  });
});

describe('multiLine', () => {
  const field = multiLine(100);

  it.each([
    ['NUL', '\u0000', REFUSAL_MESSAGES.control_character],
    ['BEL', '\u0007', REFUSAL_MESSAGES.control_character],
    ['a vertical tab', '\u000B', REFUSAL_MESSAGES.control_character],
    ['NEL (C1)', '\u0085', REFUSAL_MESSAGES.control_character],
    ['LRE', '\u202A', REFUSAL_MESSAGES.bidi_control],
    ['PDF', '\u202C', REFUSAL_MESSAGES.bidi_control],
    ['RLO', '\u202E', REFUSAL_MESSAGES.bidi_control],
  ])('refuses %s, with its reason', (_name, char, message) => {
    expect(verdict(field, `Checked${char} twice.`)).toEqual(['refused', message]);
  });

  it('keeps lines, tabs, isolates and Arabic marks, with CRLF and CR stored as LF', () => {
    expect(verdict(field, `a\r\nb\rc\nd\te \u2067${ARABIC_MARKS}\u2069`)).toEqual(['ok', `a\nb\nc\nd\te \u2067${ARABIC_MARKS}\u2069`]);
  });
});
