// Reports that print every claim (PDF, and the package holding it) come in parts past LIMITS.reportPartClaims claims:
// one Chromium page of 20,000 claims ran out of time and took gigabytes (issue 13, finding 9). Server and form share this.
import { LIMITS } from '../limits.ts';
import { PARTED_FORMATS, type ReportFormat } from './formats.ts';

/** Formats whose files are printed, and so are split into parts (from the format registry). */
export { PARTED_FORMATS };

/** How many parts a report of `claims` claims comes in (at least one). */
export function partCount(claims: number): number {
  return Math.max(1, Math.ceil(claims / LIMITS.reportPartClaims));
}

/** Whether a `format` report of `claims` claims must be asked for part by part. */
export function needsParts(format: ReportFormat, claims: number): boolean {
  return PARTED_FORMATS.includes(format) && partCount(claims) > 1;
}
