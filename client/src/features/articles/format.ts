// Dates and language names as the English interface shows them.
const languages = new Intl.DisplayNames(['en'], { type: 'language' });
const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function languageName(tag: string): string {
  try {
    return languages.of(tag) ?? tag;
  } catch {
    // An unusual tag Intl does not know: show it as stored.
    return tag;
  }
}

/** `2020-10-09` → `9 Oct 2020`. */
export function formatDate(isoDate: string): string {
  return dates.format(new Date(`${isoDate}T00:00:00Z`));
}
