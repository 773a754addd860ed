import type { SectionDefinition } from '@zhicheng/contracts';
import { chineseNumeral } from '../format/chinese-numeral.js';
import { formatFieldValue, isBlankRow } from '../format/field-value.js';
import { layoutColumns } from '../layout/column-widths.js';
import { type GridRow, singleSectionGrid } from '../layout/single-grid.js';
import type { SectionValues } from '../types.js';
import { type Cell, cell, emptyRow, type Row, row } from './cells.js';
import type { Flow } from './flow.js';
import { CONTENT_WIDTH, SHADE } from './page.js';

type Stored = SectionValues | SectionValues[] | null | undefined;

/** Label and value widths of a single section's 4-column grid; a full row's value spans the other three. */
const LABEL = Math.round(CONTENT_WIDTH * 0.17 * 100) / 100;
const VALUE = (CONTENT_WIDTH - 2 * LABEL) / 2;
const WIDE_VALUE = CONTENT_WIDTH - LABEL;
const FONT_SIZE = 9;

/** The rows worth printing: a list's non-blank rows, a single section's values unless all blank. */
function filledRows(section: SectionDefinition, data: Stored): SectionValues[] {
  const rows = Array.isArray(data) ? data : data ? [data] : [];
  return rows.filter((r) => r && typeof r === 'object' && !isBlankRow(section.fields, r));
}

const label = (width: number, text: string, size = FONT_SIZE): Cell =>
  cell(width, text, { size, font: 'bold', shade: SHADE });

function gridRow(r: GridRow): Row {
  switch (r.kind) {
    case 'group':
      return row([cell(CONTENT_WIDTH, r.title, { font: 'bold', shade: SHADE, align: 'center' })], {
        keep: true,
      });
    case 'full':
      // A 2,000-character self-evaluation is most of a page: this row may break across pages.
      return row([label(LABEL, r.field.label), cell(WIDE_VALUE, r.field.value)]);
    case 'pair': {
      const cells = [label(LABEL, r.left.label), cell(r.right ? VALUE : VALUE + LABEL + VALUE, r.left.value)];
      if (r.right) cells.push(label(LABEL, r.right.label), cell(VALUE, r.right.value));
      return row(cells, { keep: true });
    }
  }
}

/** A list section as a table: one column per field, in the definition's order, one row per entry. */
function listTable(flow: Flow, title: string, section: SectionDefinition, rows: SectionValues[]): void {
  const fields = section.fields.filter((f) => f.type !== 'photo');
  const headers = fields.map((f) => f.label);
  const texts = rows.map((r) => fields.map((f) => formatFieldValue(f, r[f.key])));
  // Wide tables get a smaller font, never a landscape page.
  const { fontSize, widths } = layoutColumns(headers, texts, CONTENT_WIDTH);
  const line = (values: string[]) => values.map((text, i) => cell(widths[i] ?? 0, text, { size: fontSize }));
  flow.table({
    title,
    header: row(
      headers.map((text, i) => label(widths[i] ?? 0, text, fontSize)),
      { keep: true },
    ),
    rows: texts.map((values) => row(line(values))),
  });
}

/**
 * One of the 23 sections: its numbered heading, then its table (list sections one column per field,
 * single sections label/value pairs, two to a row), or 无 when nothing was filled in.
 */
export function layoutSection(flow: Flow, section: SectionDefinition, data: Stored): void {
  const rows = filledRows(section, data);
  const [first] = rows;
  const title = `${chineseNumeral(section.no)}、${section.title}`;
  if (section.kind === 'list' && first) listTable(flow, title, section, rows);
  else if (section.kind === 'single' && first)
    flow.table({ title, rows: singleSectionGrid(section, first).map(gridRow) });
  else flow.table({ title, rows: [emptyRow(CONTENT_WIDTH)] });
}
