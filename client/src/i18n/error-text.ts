// What a failure says to the user, in the interface language: the server's stable `code` picks the message
// (errors:codes.*), with the values it names in `params`; a refusal of one field names the field in the user's
// words and says why, in zod's words for that language. The server's English message is the fallback.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { refusalReason } from '@domain/refusals.ts';
import { ApiError } from '../lib/api-client.ts';
import { zodMessage } from './i18n.ts';

type ZodIssue = Parameters<typeof zodMessage>[0];

/** The field a path names, as the user knows it: `evidence.0.url` → "link" (errors:fields.url), else the path. */
export function fieldLabel(t: TFunction<'errors'>, path: string): string {
  const name = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? path;
  const key = `fields.${name}`;
  return t($(key), { defaultValue: path });
}

/** Lets a computed key through the compiler's key check; the English default stands in when it is unknown. */
const $ = (key: string) => key as 'fields.text';

/** Why the server refused a field: its named reason, or its zod issue in zod's words for this language. */
export function refusalDetail(t: TFunction<'errors'>, error: ApiError): string | undefined {
  const { reason, issue, ...rest } = error.params;
  if (typeof reason === 'string') return t($(`reasons.${reason}`), { ...rest, defaultValue: '' }) || undefined;
  if (typeof issue !== 'string') return undefined;
  // Lists travel joined by ","; zod's words read them as arrays.
  const list = (value: unknown) => (typeof value === 'string' ? value.split(',') : []);
  return zodMessage({ ...rest, keys: list(rest.keys), values: list(rest.values), code: issue, input: undefined } as unknown as ZodIssue);
}

/**
 * Why a form's own check with a domain schema refused a value, in the interface language: the reason the schema
 * gave (a control character in a name…), else zod's words for the issue.
 */
export function issueDetail(t: TFunction<'errors'>, issue: z.core.$ZodIssue): string | undefined {
  const reason = refusalReason(issue.message);
  if (reason) return t($(`reasons.${reason}`), { defaultValue: '' }) || undefined;
  return zodMessage(issue as unknown as ZodIssue);
}

export function errorText(t: TFunction<'errors'>, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'invalid_request' && error.field) {
      const field = fieldLabel(t, error.field);
      const detail = refusalDetail(t, error);
      return detail ? t('codes.invalid_request_detail', { field, detail }) : t('codes.invalid_request', { field });
    }
    const key = `codes.${error.code}`;
    const context = typeof error.params.kind === 'string' ? error.params.kind : undefined;
    if (t($(key), { defaultValue: '' }) !== '') return t($(key), { ...error.params, context, defaultValue: error.message });
    if (error.status >= 500) return t('codes.internal');
    return error.message;
  }
  if (error instanceof Error && error.name !== 'Error') return t('codes.unexpected', { message: error.message });
  return error instanceof Error ? error.message : String(error);
}

/** `errorText` bound to the interface language, for components. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return (error) => errorText(t, error);
}
