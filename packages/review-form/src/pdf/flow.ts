import { textWidth } from '../text/text-width.js';
import { drawRow, type Row, splitRow } from './cells.js';
import type { FontName, Op, Page } from './ops.js';
import { BORDER, CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_TOP, CONTENT_WIDTH, TEXT_COLOR } from './page.js';
import { lineHeight, wrapLines } from './wrap.js';

/** Where a table's first cell starts: its left border straddles the content's left edge. */
export const TABLE_LEFT = CONTENT_LEFT + BORDER / 2;

/** A table no taller than this (heading included) moves whole to the next page rather than break. */
export const KEEP_WHOLE_MAX_HEIGHT = 330;

const TITLE = { size: 11, marginTop: 12, marginBottom: 4 };

export interface TextStyle {
  font?: FontName;
  size?: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
  /** Defaults to the content width. */
  width?: number;
  x?: number;
}

export interface TableBlock {
  /** The heading, kept on the page where the table starts. */
  title?: string;
  /** Repeated at the top of every page the table continues on. */
  header?: Row;
  rows: Row[];
  /** Space above the block (the heading brings its own). */
  marginTop?: number;
}

/**
 * The form's page flow: blocks placed top to bottom, a new page when one does not fit. It produces
 * pages of drawing operations only; nothing is drawn until the whole form is laid out.
 */
export class Flow {
  readonly pages: Page[] = [];
  y: number = CONTENT_TOP;

  constructor() {
    this.newPage();
  }

  get ops(): Op[] {
    return this.pages.at(-1) as Op[];
  }

  get room(): number {
    return CONTENT_BOTTOM - this.y;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = CONTENT_TOP;
  }

  /** Starts a new page unless `height` fits below, or the page is still empty (nothing would gain). */
  ensure(height: number): void {
    if (height > this.room + 0.01 && this.y > CONTENT_TOP) this.newPage();
  }

  /** Lines of text, wrapped to the width; returns the height they took. */
  text(text: string, style: TextStyle = {}): number {
    const size = style.size ?? 9;
    const width = style.width ?? CONTENT_WIDTH + BORDER;
    const x = style.x ?? CONTENT_LEFT;
    const lines = wrapLines(text, width, size);
    for (const line of lines) {
      const spare = width - textWidth(line, size);
      const offset = style.align === 'center' ? spare / 2 : style.align === 'right' ? spare : 0;
      if (line)
        this.ops.push({
          kind: 'text',
          text: line,
          x: x + Math.max(0, offset),
          y: this.y,
          font: style.font ?? 'regular',
          size,
          color: style.color ?? TEXT_COLOR,
        });
      this.y += lineHeight(size);
    }
    return lines.length * lineHeight(size);
  }

  /**
   * A heading and its table. A short one moves whole to the next page; a long one starts where its
   * heading, header and first row (or the first lines of a tall row) fit, breaks between rows, splits
   * a row taller than what is left of a page line by line, and repeats the header after each break.
   */
  table(block: TableBlock): void {
    const titleHeight = block.title ? TITLE.marginTop + lineHeight(TITLE.size) + TITLE.marginBottom : 0;
    const headerHeight = block.header?.height ?? 0;
    const margin = block.marginTop ?? 0;
    const total = block.rows.reduce((sum, r) => sum + r.height, margin + titleHeight + headerHeight);
    const [first] = block.rows;
    const lead = first?.splittable ? Math.min(first.height, 60) : (first?.height ?? 0);
    this.ensure(total <= KEEP_WHOLE_MAX_HEIGHT ? total : margin + titleHeight + headerHeight + lead);
    this.y += margin;
    if (block.title) {
      this.y += TITLE.marginTop;
      this.text(block.title, { font: 'bold', size: TITLE.size });
      this.y += TITLE.marginBottom;
    }
    if (block.header) this.row(block.header);
    for (const r of block.rows) this.placeRow(r, block.header);
  }

  private row(r: Row): void {
    drawRow(r, TABLE_LEFT, this.y, this.ops);
    this.y += r.height;
  }

  private continueTable(header: Row | undefined): void {
    this.newPage();
    if (header) this.row(header);
  }

  private placeRow(r: Row, header: Row | undefined): void {
    let rest: Row | null = r;
    while (rest) {
      if (rest.height <= this.room + 0.01) {
        this.row(rest);
        return;
      }
      const fresh = this.y <= CONTENT_TOP + (header?.height ?? 0) + 0.01;
      // A tall row fills the page and goes on on the next; a short one moves; a row taller than a
      // whole page is split whatever it is, so that nothing runs into the footer.
      const parts: [Row, Row] | null = rest.splittable || fresh ? splitRow(rest, this.room) : null;
      if (parts) {
        this.row(parts[0]);
        rest = parts[1];
        this.continueTable(header);
      } else if (fresh) {
        this.row(rest); // a single line taller than a page: nothing better to do
        return;
      } else {
        this.continueTable(header);
      }
    }
  }
}
