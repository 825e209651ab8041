// The journal's line format and which lines are replayed over a snapshot: numbered lines after its journalSeq,
// old-format lines only over an old-format snapshot, and a gap or an altered line reported with its line number.
import { describe, expect, it } from 'vitest';
import { formatLine, idsTouched, scanJournal, selectReplay } from '../../server/store/journal-format.ts';
import type { StoreOp } from '../../server/store/store-diff.ts';

const op = (id: string): StoreOp => ({ op: 'upsert', in: 'claims', value: { id } });
const old = (id: string) => `${JSON.stringify([op(id)])}\n`;
const journal = (...lines: string[]) => scanJournal(Buffer.from(lines.join('')));
const replayed = (lines: ReturnType<typeof journal>['lines'], seq: number | null) => {
  const result = selectReplay(lines, seq);
  return 'replay' in result ? result.replay.map((l) => (l.ops[0] as { value: { id: string } }).value.id) : `line ${result.problem.line}: ${result.problem.problem}`;
};

describe('the journal format', () => {
  it.each([
    ['only the numbered lines after the snapshot', [formatLine(4, [op('a')]), formatLine(5, [op('b')]), formatLine(6, [op('c')])], 4, ['b', 'c']],
    ['every line over an old snapshot, old and new', [old('a'), old('b'), formatLine(1, [op('c')])], null, ['a', 'b', 'c']],
    ['no old-format line over a numbered snapshot', [old('a'), formatLine(1, [op('b')])], 0, ['b']],
    ['a gap as the line after it', [formatLine(1, [op('a')]), formatLine(3, [op('b')])], 0, 'line 2: change 2 is missing before it (a line was removed)'],
    ['a journal that starts after a missing change', [formatLine(7, [op('a')])], 4, 'line 1: changes 5 to 6 are missing before it (a line was removed)'],
  ])('replays %s', (_name, lines, seq, expected) => {
    expect(replayed(journal(...lines).lines, seq)).toEqual(expected);
  });

  it('finds an altered line by its checksum, and leaves out a torn last line', () => {
    const altered = formatLine(2, [op('b')]).replace('"b"', '"x"');
    const { lines, completeBytes } = journal(formatLine(1, [op('a')]), altered, '{"seq":3,"su');
    expect(replayed(lines, 0)).toBe('line 2: its checksum does not match: the line was altered');
    expect(completeBytes).toBe(Buffer.byteLength(formatLine(1, [op('a')]) + altered));
    expect(idsTouched(altered.trim())).toEqual(['claims/x']);
  });
});
