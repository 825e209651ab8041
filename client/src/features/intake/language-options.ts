// The languages offered when correcting a detected one; a detected language not in the list is added to it.
export const LANGUAGE_CHOICES = ['ar', 'en', 'fr', 'es', 'de', 'ru', 'tr', 'fa', 'he', 'uk', 'hy', 'az'] as const;

export function languageChoices(current: string | undefined): string[] {
  const choices: string[] = [...LANGUAGE_CHOICES];
  if (current && !choices.includes(current)) choices.push(current);
  return choices;
}
