/** A4 in points, and the margins every page keeps free (the footer sits in the bottom one). */
export const PAGE = { width: 595.28, height: 841.89, marginX: 42, marginTop: 46, marginBottom: 58 } as const;
/** Where content may go on a page. */
export const CONTENT_TOP = PAGE.marginTop;
export const CONTENT_BOTTOM = PAGE.height - PAGE.marginBottom;
export const CONTENT_LEFT = PAGE.marginX;

export const BORDER = 0.6;
/** What a table's cells may use: the page width inside the margins, less the table's left border. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX - BORDER;
export const BORDER_COLOR = '#444444';
export const SHADE = '#eeeeee';
export const TEXT_COLOR = '#111111';
export const MUTED_COLOR = '#555555';
export const BODY_SIZE = 9;
