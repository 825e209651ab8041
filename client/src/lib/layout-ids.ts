// Ids of elements that one part of the page renders and another measures or moves focus to.

/** The claim sheet (claims-panel.tsx), which the text keeps clear of when it covers the screen's foot (use-text-above-sheet.ts). */
export const CLAIM_SHEET_ID = 'claim-sheet';
