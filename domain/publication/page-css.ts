// The public pages' stylesheet: the report's (one look for a report and a page, logical properties for both
// directions) and a few rules of the page's own, for phones first.
import { REPORT_CSS } from '../reports/html-styles.ts';

export const PAGE_CSS = `${REPORT_CSS}
body { margin-block: 1rem; padding-inline: 1rem; }
header.site { display: flex; align-items: center; gap: .75rem; padding-block-end: .5rem; border-block-end: 1px solid var(--rule); }
header.site .newsroom { font-weight: 700; margin: 0; }
.byline, .published { color: var(--muted); margin-block: .25rem; }
/* The report's h2 opens a part of the page with 2rem above it; in a claim's card that was an empty band. */
.claim > h2 { margin-block: 0 .5rem; padding-block-end: 0; border-block-end: 0; font-size: 1.15rem; }
blockquote { margin-inline: 0; margin-block: .5rem; padding-inline-start: 1rem; border-inline-start: 4px solid var(--verdict, var(--rule)); font-size: 1.1rem; }
.correction { background: var(--mark); padding-block: .4rem; padding-inline: .75rem; border-radius: 4px; }
ul.evidence { margin: 0; padding-inline-start: 1.1rem; }
ul.index { list-style: none; padding: 0; }
ul.index li { padding-block: .6rem; border-block-end: 1px solid var(--rule); }
@media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-block-end: .4rem; } }
`;
