// Stamps a printed report with what Chromium does not write: its author, the newsroom that signs it (issue 15,
// item 7). Chromium already sets the title (from <title>), the language (/Lang, from <html lang>), the tags and the
// outline; pdf-lib rewrites the document keeping them. Loaded with the first PDF, like playwright-core.

/** `pdf` with `author` in its document information; nothing else changes. */
export async function withAuthor(pdf: Buffer, author: string): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setAuthor(author);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
