import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { KEEP_LEAD_MAX_HEIGHT, KEEP_WHOLE_MAX_HEIGHT } from '../layout/keep-together.js';
import { type Style, styles } from './styles.js';

interface KeptTableProps {
  /** The section heading, kept on the same page as the start of the table. */
  title: ReactNode;
  /** The header row of a list table, repeated on every page the table continues on. */
  header?: (style: Style[]) => ReactNode;
  /** Body rows, each given the style of its place (the first row draws the table's top line). */
  rows: Array<(style: Style[]) => ReactNode>;
  /** Estimated heights of the header (0 if none) and of each row, for the keep-together choices. */
  heights: { header: number; rows: number[] };
  tableStyle?: Style;
}

/**
 * A heading and its table, laid out so the heading never stays alone at the foot of a page, nor a
 * list table's header alone without a row. react-pdf 4.9's paginator keeps a heading with what
 * follows only when that is one unbreakable block, and places a repeated header even when no row
 * fits after it. So a short table moves whole; a long one starts with an unbreakable lead (heading,
 * header, first row) and continues in a second table whose repeated header is left out on the page
 * where the lead is, since the lead already shows it there.
 */
export function KeptTable({ title, header, rows, heights, tableStyle }: KeptTableProps) {
  const table = [styles.table, tableStyle ?? {}];
  const first = [styles.row, styles.firstRow];
  const plain = [styles.row];
  const total = heights.rows.reduce((a, b) => a + b, heights.header);
  if (total <= KEEP_WHOLE_MAX_HEIGHT) {
    return (
      <View wrap={false}>
        {title}
        <View style={table}>
          {header?.(first)}
          {rows.map((row, i) => row(i === 0 && !header ? first : plain))}
        </View>
      </View>
    );
  }
  const leadRows = heights.header + (heights.rows[0] ?? 0) <= KEEP_LEAD_MAX_HEIGHT ? 1 : 0;
  // The page the lead landed on, recorded while react-pdf paginates (render props run in flow order,
  // once per pagination round), and read by the continuation's repeated header just after it.
  const lead = { page: 0 };
  return (
    <>
      <View wrap={false}>
        {title}
        <View style={table}>
          {header?.(first)}
          {rows.slice(0, leadRows).map((row) => row(header ? plain : first))}
        </View>
        <View
          render={({ pageNumber }) => {
            lead.page = pageNumber;
            return null;
          }}
        />
      </View>
      <View style={table}>
        {header ? (
          <View fixed render={({ pageNumber }) => (pageNumber === lead.page ? null : header(first))} />
        ) : null}
        {rows.slice(leadRows).map((row, i) => row(i === 0 && !header && leadRows === 0 ? first : plain))}
      </View>
    </>
  );
}
