// The store's on-disk formats. A journal line is `{"seq":N,"sum":"<sha256>","ops":[...]}`: N counts every change
// ever written, the sum covers N and the ops text, so one altered byte is caught. The snapshot records in
// `journalSeq` the last change it holds; only later lines are replayed over it. Stores written before these
// (snapshot without journalSeq, journal lines that are bare arrays) still read: see selectReplay.
import { createHash } from 'node:crypto';
import type { StoreOp } from './store-diff.ts';

const SEQ_KEY = 'journalSeq';

/** One line of the journal that reads; `seq` is null for a line of the old format (a bare array of ops). */
export interface GoodLine {
  line: number;
  seq: number | null;
  ops: StoreOp[];
}
/** One line that does not: not JSON, not a journal line, or altered (its checksum does not match). */
export interface DamagedLine {
  line: number;
  problem: string;
  text: string;
}
export type ScannedLine = GoodLine | DamagedLine;

export const isDamaged = (line: ScannedLine): line is DamagedLine => 'problem' in line;

const checksum = (seq: number, opsText: string) => createHash('sha256').update(`${seq}:`).update(opsText).digest('hex');

export function formatLine(seq: number, ops: StoreOp[]): string {
  const opsText = JSON.stringify(ops);
  return `{"seq":${seq},"sum":"${checksum(seq, opsText)}","ops":${opsText}}\n`;
}

const LINE = /^\{"seq":(\d{1,15}),"sum":"([0-9a-f]{64})","ops":(.*)\}$/s;

function parseLine(text: string, line: number): ScannedLine {
  const match = LINE.exec(text);
  if (!match) {
    let legacy: unknown;
    try {
      legacy = JSON.parse(text);
    } catch (error) {
      return { line, text, problem: `it is not valid JSON (${(error as Error).message})` };
    }
    if (Array.isArray(legacy)) return { line, seq: null, ops: legacy as StoreOp[] };
    return { line, text, problem: 'it is not a journal line (expected {"seq","sum","ops"})' };
  }
  const seq = Number(match[1]);
  const opsText = match[3]!;
  if (checksum(seq, opsText) !== match[2]) return { line, text, problem: 'its checksum does not match: the line was altered' };
  try {
    const ops: unknown = JSON.parse(opsText);
    if (Array.isArray(ops)) return { line, seq, ops: ops as StoreOp[] };
  } catch {
    // a line whose checksum matches was written by us: only a bug gets here, reported below
  }
  return { line, text, problem: 'its operations are not a JSON array' };
}

/**
 * Reads a journal's complete lines. Bytes after the last newline are a line that was being written when the write
 * failed or the process died: never acknowledged, they are left out (`completeBytes` is where they start) and the
 * file is not touched here; the next append cuts them off first.
 */
export function scanJournal(bytes: Buffer): { lines: ScannedLine[]; completeBytes: number } {
  const completeBytes = bytes.lastIndexOf(0x0a) + 1;
  if (completeBytes === 0) return { lines: [], completeBytes };
  const texts = bytes.subarray(0, completeBytes - 1).toString('utf8').split('\n');
  return { lines: texts.map((text, i) => parseLine(text, i + 1)), completeBytes };
}

/** The last change a journal holds, or null when it holds none that is numbered. */
export function lastSeq(lines: ScannedLine[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!isDamaged(line) && line.seq !== null) return line.seq;
  }
  return null;
}

/**
 * The lines to replay over a snapshot holding changes up to `snapshotSeq`, or the first problem met (a damaged line,
 * or numbered lines that skip a change). An old snapshot (null) replays every line, old and new; a new one replays
 * only numbered lines after it (an old-format line is older than any snapshot that records its sequence).
 */
export function selectReplay(lines: ScannedLine[], snapshotSeq: number | null): { replay: GoodLine[] } | { problem: DamagedLine } {
  const replay: GoodLine[] = [];
  let previous = snapshotSeq;
  for (const line of lines) {
    if (isDamaged(line)) return { problem: line };
    if (line.seq === null) {
      if (snapshotSeq === null) replay.push(line);
      continue;
    }
    if (previous !== null && line.seq > previous + 1) {
      const missing = line.seq === previous + 2 ? `change ${previous + 1} is` : `changes ${previous + 1} to ${line.seq - 1} are`;
      return { problem: { line: line.line, text: '', problem: `${missing} missing before it (a line was removed)` } };
    }
    if (previous !== null && line.seq <= previous && (snapshotSeq === null || line.seq > snapshotSeq)) {
      return { problem: { line: line.line, text: '', problem: `its sequence ${line.seq} does not follow ${previous}` } };
    }
    if (snapshotSeq === null || line.seq > snapshotSeq) replay.push(line);
    if (previous === null || line.seq > previous) previous = line.seq;
  }
  return { replay };
}

export function formatSnapshot(data: object, seq: number): string {
  return JSON.stringify({ [SEQ_KEY]: seq, ...data }, null, 2) + '\n';
}

/** Splits a parsed snapshot into its state and the last change it holds (null for a snapshot of the old format). */
export function splitSnapshot(json: Record<string, unknown>): { state: Record<string, unknown>; seq: number | null } {
  const { [SEQ_KEY]: seq, ...state } = json;
  return { state, seq: typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : null };
}

/** The ids of the records a damaged line touched, as far as it can still be read. */
export function idsTouched(text: string): string[] {
  let ops: unknown;
  try {
    const json: unknown = JSON.parse(text);
    ops = Array.isArray(json) ? json : (json as { ops?: unknown }).ops;
  } catch {
    return [...new Set([...text.matchAll(/"(?:id|key)":"([^"\\]{1,200})"/g)].map((m) => m[1]!))];
  }
  if (!Array.isArray(ops)) return [];
  const ids = ops.map((op: Partial<{ op: string; in: string; key: string; field: string; value: { id?: unknown } }>) => {
    if (op.op === 'set') return `${op.field}`;
    const id = op.op === 'remove' ? op.key : op.value?.id;
    return `${op.in}/${typeof id === 'string' ? id : '?'}`;
  });
  return [...new Set(ids)];
}
