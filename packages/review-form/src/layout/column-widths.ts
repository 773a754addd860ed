import { lineBreakSegments } from '../text/line-break.js';
import { textWidth } from '../text/text-width.js';

/** Horizontal space a cell takes beside its text: padding on both sides, its border, a little slack. */
export const CELL_CHROME = 6.5;

export interface ColumnLayout {
  fontSize: number;
  /** In points; they add up to the available width. */
  widths: number[];
}

/** Start smaller the more columns a table has; never below the last size. */
function fontSizesFor(columnCount: number): number[] {
  const start = columnCount <= 6 ? 8.5 : columnCount <= 9 ? 7.5 : columnCount <= 12 ? 7 : 6.5;
  const sizes: number[] = [];
  for (let s = start; s >= 5.5; s -= 0.5) sizes.push(s);
  return sizes;
}

/** Width at 1 pt (so in ems) of the widest piece of `text` that cannot be broken (widths grow with the size). */
function widestPiece(text: string): number {
  let widest = 0;
  for (const segment of lineBreakSegments(text)) widest = Math.max(widest, textWidth(segment, 1));
  return widest;
}

/** Short text (up to this many ems) is worth a column wide enough to keep it on one line. */
const ONE_LINE_EMS = 6;

/**
 * Column widths for a list table, content-aware like an HTML table's automatic layout. Each column
 * has three widths: its hard minimum (the widest unbreakable piece: a Latin word, a number, a date,
 * one Chinese character with its punctuation), a comfortable width (header in at most three lines,
 * short values on one line) and its natural width (every value on one line). The largest font whose
 * comfortable widths fit gets them, and the spare width goes to the columns that want more, in
 * proportion; failing that, the hard minimums. Nothing overflows its cell, with no landscape page.
 */
export function layoutColumns(headers: string[], rows: string[][], available: number): ColumnLayout {
  const columns = headers.map((header, i) => {
    const cells = rows.map((r) => r[i] ?? '');
    const piece = Math.max(widestPiece(header), ...cells.map(widestPiece));
    const longest = Math.max(0, ...cells.map((c) => textWidth(c, 1)));
    const comfort = Math.max(piece, Math.max(textWidth(header, 1) / 3, 2), Math.min(longest, ONE_LINE_EMS));
    return { piece, comfort, natural: Math.max(comfort, longest) };
  });
  const sizes = fontSizesFor(headers.length);
  const at = (units: number, fontSize: number) => units * fontSize + CELL_CHROME;
  for (const fontSize of sizes) {
    const comfort = columns.map((c) => at(c.comfort, fontSize));
    const widths = distribute(
      comfort,
      columns.map((c) => at(c.natural, fontSize)),
      available,
    );
    if (widths) return { fontSize, widths };
  }
  for (const fontSize of sizes) {
    const mins = columns.map((c) => at(c.piece, fontSize));
    const widths = distribute(
      mins,
      columns.map((c) => at(c.comfort, fontSize)),
      available,
    );
    if (widths) return { fontSize, widths };
  }
  // Only a column of absurd pieces ends here; the line breaker already cut those to 24 characters.
  const fontSize = sizes.at(-1) ?? 5.5;
  return {
    fontSize,
    widths: scale(
      columns.map((c) => at(c.piece, fontSize)),
      available,
    ),
  };
}

function distribute(mins: number[], naturals: number[], available: number): number[] | null {
  const minTotal = sum(mins);
  if (minTotal > available) return null;
  const naturalTotal = sum(naturals);
  if (naturalTotal <= available) return scale(naturals, available);
  const wants = naturals.map((n, i) => n - (mins[i] ?? 0));
  const wantTotal = sum(wants);
  const spare = available - minTotal;
  return mins.map((m, i) => m + (wantTotal > 0 ? (spare * (wants[i] ?? 0)) / wantTotal : 0));
}

function scale(widths: number[], available: number): number[] {
  const total = sum(widths);
  return widths.map((w) => (total > 0 ? (w * available) / total : available / widths.length));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
