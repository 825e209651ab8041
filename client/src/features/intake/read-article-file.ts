// Reads a dropped or chosen file as article input: .txt and .md as text, .html as HTML for the server to reduce.
// Refuses, with a message fit to show, anything that is not UTF-8 text: other extensions, NUL bytes, bad encodings.
import { LIMITS } from '@domain/limits.ts';
import { i18n } from '../../i18n/i18n.ts';

export type ArticleFile = { kind: 'text' | 'html'; content: string; fileName: string };
export type ReadResult = { ok: true; file: ArticleFile } | { ok: false; message: string };

const KINDS: Record<string, ArticleFile['kind']> = { txt: 'text', md: 'text', markdown: 'text', html: 'html', htm: 'html' };

/** UTF-8 takes up to 3 bytes per UTF-16 unit; anything larger cannot fit the limits, so it is refused unread. */
const MAX_BYTES = LIMITS.html * 3;

export async function readArticleFile(file: File): Promise<ReadResult> {
  const name = file.name;
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const kind = KINDS[extension];
  if (!kind) return { ok: false, message: i18n.t('intake:file.unreadable', { name }) };
  if (file.size === 0) return { ok: false, message: i18n.t('intake:file.empty', { name }) };
  if (file.size > MAX_BYTES) {
    return { ok: false, message: i18n.t('intake:file.tooLarge', { name, megabytes: file.size / 1_000_000, max: LIMITS.articleText }) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Text files never hold NUL bytes; images, PDFs and word-processor files do. (UTF-16 text does too: same advice.)
  if (bytes.includes(0)) return { ok: false, message: i18n.t('intake:file.binary', { name }) };
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // `fatal` makes the decoder throw on the first byte sequence that is not UTF-8; nothing else throws here.
    return { ok: false, message: i18n.t('intake:file.notUtf8', { name }) };
  }
  return { ok: true, file: { kind, content, fileName: name } };
}
