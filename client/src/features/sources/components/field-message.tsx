// The refusal of one field, shown beside it: the server names the field (`people.0.roles.fr`), the form asks by path.
import { useErrorText } from '../../../i18n/error-text.ts';
import { ApiError } from '../../../lib/api-client.ts';

/** Element id of the message shown at `path` under the form `formId`. */
export const messageId = (formId: string, path: string) => `${formId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;

/** `(path) => { message, props }`: the message about `path` in `error` (or null) and the props its control takes. */
export function useFieldMessage(formId: string, error: unknown) {
  const errorText = useErrorText();
  return (path: string) => {
    const about = error instanceof ApiError && error.field === path;
    const message = about ? errorText(error) : null;
    const id = messageId(formId, path);
    return {
      message: message ? (
        <p id={id} className="field-error" role="alert">
          {message}
        </p>
      ) : null,
      props: message ? { 'aria-invalid': true as const, 'aria-describedby': id } : {},
    };
  };
}

/** The paths a form shows a message beside: a refusal of any other is shown at the form's foot. */
export function isShownAt(error: unknown, shown: (field: string) => boolean): boolean {
  return error instanceof ApiError && error.field !== undefined && shown(error.field);
}
