// Reads a dropped or chosen file as article input: .txt and .md as text, .html as HTML for the server to reduce.
// Refuses, with a message fit to show, anything that is not UTF-8 text: other extensions, NUL bytes, bad encodings.
import { LIMITS } from '../../../../domain/limits.ts';

export type ArticleFile = { kind: 'text' | 'html'; content: string; fileName: string };
export type ReadResult = { ok: true; file: ArticleFile } | { ok: false; message: string };

const KINDS: Record<string, ArticleFile['kind']> = { txt: 'text', md: 'text', markdown: 'text', html: 'html', htm: 'html' };

/** UTF-8 takes up to 3 bytes per UTF-16 unit; anything larger cannot fit the limits, so it is refused unread. */
const MAX_BYTES = LIMITS.html * 3;

export async function readArticleFile(file: File): Promise<ReadResult> {
  const name = file.name;
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const kind = KINDS[extension];
  if (!kind) {
    return { ok: false, message: `“${name}” is not a file Claimdesk can read. Choose a .txt, .md or .html file.` };
  }
  if (file.size === 0) return { ok: false, message: `“${name}” is empty.` };
  if (file.size > MAX_BYTES) {
    return { ok: false, message: `“${name}” is too large (${megabytes(file.size)}). Articles can be at most ${LIMITS.articleText.toLocaleString('en')} characters.` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Text files never hold NUL bytes; images, PDFs and word-processor files do. (UTF-16 text does too: same advice.)
  if (bytes.includes(0)) {
    return { ok: false, message: `“${name}” looks like a binary file, not text. Save the article as plain text (.txt, UTF-8) or as a web page (.html) and try again.` };
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // `fatal` makes the decoder throw on the first byte sequence that is not UTF-8; nothing else throws here.
    return { ok: false, message: `“${name}” is not UTF-8 text (it may be in Windows-1256 or Latin-1). Save it with the UTF-8 encoding and try again.` };
  }
  return { ok: true, file: { kind, content, fileName: name } };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
