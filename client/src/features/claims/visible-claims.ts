// The claims the panel's filters let through, in reading order.
import type { Claim } from '@domain/schemas.ts';

export function visibleClaims(claims: readonly Claim[], verdict: string | 'all', sourceId: string | 'all'): Claim[] {
  return claims
    .filter((c) => (verdict === 'all' || c.verdict === verdict) && (sourceId === 'all' || c.sourceId === sourceId))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
