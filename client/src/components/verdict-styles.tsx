// Writes the `::highlight()` rules of the desk's verdicts into the page: such rules must sit in a stylesheet, and the
// verdicts are data (the rating scale), so the stylesheet is built from the scale and follows it when it changes. It
// goes into the document's head: HTML allows a `style` element in the body only for rules on what follows it.
import { createPortal } from 'react-dom';
import { useRatingScale } from '../lib/queries/get-rating-scale.ts';
import { highlightStyleSheet } from '../lib/verdict-view.ts';

export function VerdictStyles() {
  const scale = useRatingScale();
  return createPortal(<style data-verdict-styles="">{highlightStyleSheet(scale)}</style>, document.head);
}
