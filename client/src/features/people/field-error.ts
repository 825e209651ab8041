// The server names the field a refusal is about; forms show the message beside that field.
import { ApiError, errorMessage } from '../../lib/api-client.ts';

/** The error's message when it is about `field` (or, with `fallback`, when it names no field this form shows). */
export function errorFor(error: unknown, field: string, known: readonly string[] = [], fallback = false): string | null {
  if (!error) return null;
  const named = error instanceof ApiError ? error.field : undefined;
  if (named === field) return errorMessage(error);
  if (fallback && (named === undefined || !known.includes(named))) return errorMessage(error);
  return null;
}
