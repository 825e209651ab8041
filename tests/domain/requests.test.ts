// Numbers in query strings (issue 13, finding 16): decimal digits only, within bounds; what Number() would also
// read (hex, exponents, signs, spaces, fractions) is refused with its reason.
import { describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES } from '../../domain/refusals.ts';
import { queryInteger } from '../../domain/requests.ts';

describe('queryInteger', () => {
  const schema = queryInteger(0, 200);

  it.each(['0x10', '1e2', '+5', ' 5', '5 ', '-0', '-1', '5.0', '.5', '0b11', '0o7', 'Infinity', 'NaN', '', '٥', '５'])(
    'refuses %j as not decimal digits',
    (raw) => {
      const result = schema.safeParse(raw);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toBe(REFUSAL_MESSAGES.query_integer);
    },
  );

  it.each([['0', 0], ['5', 5], ['007', 7], ['200', 200]])('reads %j as %d', (raw, value) => {
    expect(schema.parse(raw)).toBe(value);
  });

  it('refuses numbers out of bounds and values that are not one string', () => {
    expect(schema.safeParse('201').success).toBe(false);
    expect(queryInteger(1, 10).safeParse('0').success).toBe(false);
    expect(schema.safeParse('9'.repeat(400)).success).toBe(false);
    expect(schema.safeParse(['1', '2']).success).toBe(false);
    expect(schema.safeParse(5).success).toBe(false);
  });
});
