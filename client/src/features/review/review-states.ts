// The three review states as the interface names them.
import type { ReviewState } from '../../../../domain/schemas.ts';

export const REVIEW_LABELS: Record<ReviewState, string> = { pending: 'Awaiting review', approved: 'Approved', returned: 'Returned' };
