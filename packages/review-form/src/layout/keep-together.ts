import { CELL_CHROME, estimateLines } from './column-widths.js';

/** Noto Sans SC's own line spacing (ascent + descent), which every text uses (no lineHeight set). */
export const LINE_SPACING = 1.45;
/** Vertical padding and border of a cell. */
const CELL_VERTICAL = 4.6;

/**
 * A table no taller than this moves whole to the next page, with its heading, rather than break.
 */
export const KEEP_WHOLE_MAX_HEIGHT = 330;

/**
 * A long table's lead (header and first row) is kept with the heading when no taller than this:
 * under a page's content height (738 pt) less the heading, so an unbreakable lead always fits on a
 * fresh page. It lets the 2,000-character self-evaluation (about 600 pt) start under its heading.
 */
export const KEEP_LEAD_MAX_HEIGHT = 680;

/** Rows shorter than this stay on one page; taller ones may break rather than leave a page empty. */
export const KEEP_ROW_MAX_HEIGHT = 100;

/** Estimated height of a row of cells with these texts and widths. */
export function estimateRowHeight(texts: string[], widths: number[], fontSize: number): number {
  const lines = Math.max(
    1,
    ...texts.map((text, i) => estimateLines(text, widths[i] ?? CELL_CHROME, fontSize)),
  );
  return lines * fontSize * LINE_SPACING + CELL_VERTICAL;
}
