// Turns a refusal from the server into a message at the form field it names (`error.field`), in the form's words and
// the interface language.
import { errorText, refusalDetail } from '../../i18n/error-text.ts';
import { i18n } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api-client.ts';

export type FieldErrors<F extends string> = Partial<Record<F, string>> & { form?: string };

/** What a failure says in the interface language of the moment (refusals arrive in callbacks, outside rendering). */
const textOf = (error: unknown) => errorText(i18n.getFixedT(null, 'errors'), error);

/**
 * `labels` maps the server's field names (`title`, `publishedAt`, `html`) to the form's field and label. A failure that
 * names none of them is said under the form.
 */
export function fieldErrorsFrom<F extends string>(error: unknown, labels: Record<string, [field: F, label: string]>): FieldErrors<F> {
  const target = error instanceof ApiError && error.field ? labels[error.field] : undefined;
  if (!(error instanceof ApiError) || !target) return { form: textOf(error) } as FieldErrors<F>;
  const [field, label] = target;
  return { [field]: refusalText(error, label) } as FieldErrors<F>;
}

/**
 * A refused field is named by the form's label, then why: the reason or zod issue the server gives, in the interface
 * language ("URL must be a web address…"), else the server's own words after its field name ("title: is required").
 */
function refusalText(error: ApiError, label: string): string {
  if (error.code !== 'invalid_request') return textOf(error);
  const prefix = `${error.field}: `;
  const detail =
    refusalDetail(i18n.getFixedT(null, 'errors'), error) ??
    (error.message.startsWith(prefix) ? error.message.slice(prefix.length) : undefined);
  return detail ? i18n.t('intake:refusal', { label, detail }) : textOf(error);
}
