// The params of a field that a schema refused (invalid_request): the zod issue's code and the plain values that zod's
// locale messages name, so the client can word it in the user's language; and `reason` when a schema worded the
// refusal itself (domain/refusals.ts), since zod's words would then say something else.
import { z } from 'zod';
import { refusalReason } from '../domain/refusals.ts';
import type { ErrorParams } from './errors.ts';

type Issue = z.core.$ZodIssue;

/** The issue values that zod's messages name; a regex `pattern` already comes as a string. */
const ISSUE_VALUES = ['origin', 'expected', 'format', 'minimum', 'maximum', 'inclusive', 'exact', 'divisor', 'pattern', 'prefix', 'suffix', 'includes'] as const;

const zodEnglish = z.locales.en().localeError;

/**
 * Whether a schema worded this issue itself: zod's English for it would differ. (An invalid_type message names the
 * input, which a finished issue no longer holds; no schema here words one.)
 */
function hasOwnWords(issue: Issue): boolean {
  if (issue.code === 'invalid_type') return false;
  const standard = zodEnglish({ ...issue, input: undefined } as Parameters<typeof zodEnglish>[0]);
  return issue.message !== (typeof standard === 'string' ? standard : standard?.message);
}

/** The issue that says why: a refused record key or set element is described by the issue inside it. */
function innermost(issue: Issue): Issue {
  return (issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues[0] ? innermost(issue.issues[0]) : issue;
}

export function issueParams(refused: Issue): ErrorParams {
  const issue = innermost(refused);
  const params: ErrorParams = { issue: issue.code };
  const values = issue as unknown as Record<string, unknown>;
  for (const key of ISSUE_VALUES) {
    const value = values[key];
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) params[key] = value;
    else if (typeof value === 'bigint') params[key] = String(value);
  }
  // Lists travel joined by commas (params are flat); the client splits them again.
  if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(',');
  if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(',');
  const reason = refusalReason(issue.message) ?? (hasOwnWords(issue) ? 'generic' : undefined);
  if (reason) params.reason = reason;
  return params;
}
