import { StyleSheet, type Styles } from '@react-pdf/renderer';
import { FONT_FAMILY } from '../fonts/register-fonts.js';

/** A4 in points, and the margins every page keeps free for the footer. */
export const PAGE = { width: 595.28, height: 841.89, marginX: 42, marginTop: 46, marginBottom: 58 } as const;
export type Style = Styles[string];

export const BORDER = 0.6;
/** What a table's cells may use: the page width inside the margins, less the table's left border. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX - BORDER;
export const BORDER_COLOR = '#444444';
export const SHADE = '#eeeeee';

export const styles = StyleSheet.create({
  // No lineHeight anywhere: react-pdf 4.9 multiplies a lineHeight by the font size again on each
  // pass that resolves page numbers, until coordinates overflow and pdfkit throws "unsupported
  // number" on documents past about ten pages (issues #3452, #3083, #3402). The font's own line
  // spacing (1.45 em for Noto Sans SC) is what we would have chosen anyway.
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 9,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
    color: '#111111',
  },
  sectionTitle: { fontSize: 11, fontWeight: 700, marginTop: 12, marginBottom: 4 },
  // A table's top line belongs to its first row, not to the table: react-pdf would otherwise place
  // the bare top edge at a page foot and carry the rows (and the heading's keep-with-next) over.
  table: { borderLeftWidth: BORDER, borderColor: BORDER_COLOR },
  firstRow: { borderTopWidth: BORDER, borderColor: BORDER_COLOR },
  row: { flexDirection: 'row' },
  cell: {
    borderRightWidth: BORDER,
    borderBottomWidth: BORDER,
    borderColor: BORDER_COLOR,
    paddingHorizontal: 2.5,
    paddingVertical: 2,
  },
  labelCell: { backgroundColor: SHADE, fontWeight: 700 },
  groupCell: { backgroundColor: SHADE, fontWeight: 700, textAlign: 'center' },
  empty: { color: '#555555' },
});
