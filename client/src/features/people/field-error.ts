// The server names the field a refusal is about; forms show the message, in the interface language, beside that field.
import { useErrorText } from '../../i18n/error-text.ts';
import { ApiError } from '../../lib/api-client.ts';

/** Whether `error` is to be shown at `field` (or, with `fallback`, when it names no field this form shows). */
function isAbout(error: unknown, field: string, known: readonly string[], fallback: boolean): boolean {
  const named = error instanceof ApiError ? error.field : undefined;
  return named === field || (fallback && (named === undefined || !known.includes(named)));
}

/** A function from (error, field) to the message shown at that field, or null when the error is not about it. */
export function useFieldError() {
  const errorText = useErrorText();
  return (error: unknown, field: string, known: readonly string[] = [], fallback = false): string | null =>
    error && isAbout(error, field, known, fallback) ? errorText(error) : null;
}
