// Turns a refusal from the server into a message at the form field it names (`error.field`), in the form's words.
import { ApiError, errorMessage } from '../../lib/api-client.ts';

export type FieldErrors<F extends string> = Partial<Record<F, string>> & { form?: string };

/**
 * `labels` maps the server's field names (`title`, `publishedAt`, `html`) to the form's field and label. The server
 * writes "title: is required"; the form shows "Title is required" under the title.
 */
export function fieldErrorsFrom<F extends string>(error: unknown, labels: Record<string, [field: F, label: string]>): FieldErrors<F> {
  if (!(error instanceof ApiError)) return { form: errorMessage(error) } as FieldErrors<F>;
  const target = error.field ? labels[error.field] : undefined;
  if (!target) return { form: error.message } as FieldErrors<F>;
  const [field, label] = target;
  const prefix = `${error.field}: `;
  const message = error.message.startsWith(prefix) ? `${label} ${error.message.slice(prefix.length)}` : error.message;
  return { [field]: message } as FieldErrors<F>;
}
