// Query keys for intake: previews are cached by what was sent, so typing back to an earlier text reuses its preview.
import type { PreviewBody } from './preview-article.ts';

export const intakeKeys = {
  all: ['intake'] as const,
  preview: (body: PreviewBody) => [...intakeKeys.all, 'preview', body] as const,
};
