// The first stop of the Tab key: a link past the header, to the article text on the workbench (to the sentence the
// keyboard last stood on) and to the page's content elsewhere (issue 16: the text was 11 Tabs away).
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from 'wouter';

export const CONTENT_ID = 'content';

export function SkipLink() {
  const { t } = useTranslation();
  const [onArticle, params] = useRoute('/articles/:id');
  const toText = onArticle && params.id !== 'new';
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const sentence = document.querySelector<HTMLElement>('[role="article"] [data-sentence][tabindex="0"]');
    (sentence ?? document.getElementById(CONTENT_ID))?.focus();
  };
  return (
    <a className="skip-link" href={`#${CONTENT_ID}`} onClick={skip}>
      {toText ? t('skip.toText') : t('skip.toContent')}
    </a>
  );
}
