import { textWidth } from '../text/text-width.js';
import type { FontName, Op } from './ops.js';
import { BODY_SIZE, BORDER, MUTED_COLOR, TEXT_COLOR } from './page.js';
import { lineHeight, wrapLines } from './wrap.js';

export type Align = 'left' | 'center' | 'right';

/** One wrapped line of a cell, `dy` below the top of the cell's text area. */
export interface CellLine {
  text: string;
  dy: number;
  font: FontName;
  size: number;
  color: string;
  align: Align;
}

export interface Cell {
  width: number;
  lines: CellLine[];
  shade: string | null;
  padX: number;
}

/** A table row: cells side by side, as tall as its tallest cell (or `minHeight`). */
export interface Row {
  cells: Cell[];
  padY: number;
  height: number;
  /** Rows taller than a few lines may break across pages, line by line. */
  splittable: boolean;
}

/** A paragraph of a cell; a cell of several (an opinion) stacks them with `gapBefore` between. */
export interface Paragraph {
  text: string;
  font?: FontName;
  size?: number;
  color?: string;
  align?: Align;
  gapBefore?: number;
}

export interface CellOptions {
  font?: FontName;
  size?: number;
  color?: string;
  align?: Align;
  shade?: string | null;
  padX?: number;
}

/** Horizontal padding of a table cell, each side. */
export const CELL_PAD_X = 2.5;
/** Vertical padding of a table cell, each side. */
export const CELL_PAD_Y = 2;

/** A bordered cell `width` wide (its right border included) whose paragraphs wrap inside it. */
export function cell(width: number, content: string | Paragraph[], options: CellOptions = {}): Cell {
  const padX = options.padX ?? CELL_PAD_X;
  const inner = width - 2 * padX - BORDER;
  const paragraphs = typeof content === 'string' ? [{ text: content }] : content;
  const lines: CellLine[] = [];
  let dy = 0;
  for (const [i, p] of paragraphs.entries()) {
    const size = p.size ?? options.size ?? BODY_SIZE;
    const style = {
      font: p.font ?? options.font ?? 'regular',
      size,
      color: p.color ?? options.color ?? TEXT_COLOR,
      align: p.align ?? options.align ?? 'left',
    };
    if (i > 0) dy += p.gapBefore ?? 0;
    for (const text of wrapLines(p.text, inner, size)) {
      lines.push({ text, dy, ...style });
      dy += lineHeight(size);
    }
  }
  return { width, lines, shade: options.shade ?? null, padX };
}

/** The text area height a cell's lines take. */
function contentHeight(c: Cell): number {
  const last = c.lines.at(-1);
  return last ? last.dy + lineHeight(last.size) : 0;
}

/** Rows up to this tall stay on one page; taller ones may break rather than leave a page empty. */
export const KEEP_ROW_MAX_HEIGHT = 100;

export function row(cells: Cell[], options: { padY?: number; minHeight?: number; keep?: boolean } = {}): Row {
  const padY = options.padY ?? CELL_PAD_Y;
  const height = Math.max(
    options.minHeight ?? 0,
    Math.max(0, ...cells.map(contentHeight)) + 2 * padY + BORDER,
  );
  return { cells, padY, height, splittable: !options.keep && height > KEEP_ROW_MAX_HEIGHT };
}

/** A one-cell row saying 无, for a block with nothing in it. */
export function emptyRow(width: number): Row {
  return row([cell(width, '无', { color: MUTED_COLOR })]);
}

/** The fewest lines a split leaves on either page. */
const MIN_SPLIT_LINES = 2;

/**
 * Splits a row so its first part fits in `room` points: each cell keeps the lines that fit and
 * passes the rest on (their label cells stay, empty, on the next page). Null when fewer than two
 * lines would fit, or nothing would be left over.
 */
export function splitRow(r: Row, room: number): [Row, Row] | null {
  const inner = room - 2 * r.padY - BORDER;
  const heads: Cell[] = [];
  const tails: Cell[] = [];
  let kept = 0;
  let left = 0;
  for (const c of r.cells) {
    const fit = c.lines.filter((l) => l.dy + lineHeight(l.size) <= inner + 0.01);
    const rest = c.lines.slice(fit.length);
    const shift = rest[0]?.dy ?? 0;
    heads.push({ ...c, lines: fit });
    tails.push({ ...c, lines: rest.map((l) => ({ ...l, dy: l.dy - shift })) });
    kept = Math.max(kept, fit.length);
    left = Math.max(left, rest.length);
  }
  if (kept < MIN_SPLIT_LINES || left === 0) return null;
  const head = row(heads, { padY: r.padY });
  const tail = row(tails, { padY: r.padY });
  return [
    { ...head, height: room, splittable: false },
    { ...tail, splittable: r.splittable },
  ];
}

/** The drawing of a row whose top left is at (x, y): shading, borders, then the text. */
export function drawRow(r: Row, x: number, y: number, out: Op[]): void {
  let left = x;
  for (const c of r.cells) {
    if (c.shade) out.push({ kind: 'fill', x: left, y, w: c.width, h: r.height, color: c.shade });
    out.push({ kind: 'box', x: left, y, w: c.width, h: r.height });
    const inner = c.width - 2 * c.padX - BORDER;
    for (const l of c.lines) {
      if (!l.text) continue;
      const spare = inner - textWidth(l.text, l.size);
      const offset = l.align === 'center' ? spare / 2 : l.align === 'right' ? spare : 0;
      out.push({
        kind: 'text',
        text: l.text,
        x: left + c.padX + BORDER / 2 + Math.max(0, offset),
        y: y + r.padY + BORDER / 2 + l.dy,
        font: l.font,
        size: l.size,
        color: l.color,
      });
    }
    left += c.width;
  }
}
