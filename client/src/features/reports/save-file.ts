// Hands a downloaded file to the browser's own download under the given name.

/** Saves `blob` as `fileName` through an object URL and an `<a download>` click. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cut the download short in some browsers; the blob is freed a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
