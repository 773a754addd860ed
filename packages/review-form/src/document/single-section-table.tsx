import { View } from '@react-pdf/renderer';
import type { SectionDefinition } from '@zhicheng/contracts';
import type { ReactNode } from 'react';
import { estimateRowHeight } from '../layout/keep-together.js';
import { type GridRow, singleSectionGrid } from '../layout/single-grid.js';
import { Cell } from './cell.js';
import { KeptTable } from './kept-table.js';
import { CONTENT_WIDTH, type Style, styles } from './styles.js';

/** Label and value widths of the 4-column grid; a full row's value spans the other three. */
const LABEL = Math.round(CONTENT_WIDTH * 0.17 * 100) / 100;
const VALUE = (CONTENT_WIDTH - 2 * LABEL) / 2;
const WIDE_VALUE = CONTENT_WIDTH - LABEL;
const FONT_SIZE = 9;

function rowHeight(row: GridRow): number {
  if (row.kind === 'group') return estimateRowHeight([row.title], [CONTENT_WIDTH], FONT_SIZE);
  if (row.kind === 'full')
    return estimateRowHeight([row.field.label, row.field.value], [LABEL, WIDE_VALUE], FONT_SIZE);
  const texts = [row.left.label, row.left.value, row.right?.label ?? '', row.right?.value ?? ''];
  return estimateRowHeight(texts, [LABEL, VALUE, LABEL, VALUE], FONT_SIZE);
}

function GridLine({ row, style }: { row: GridRow; style: Style[] }) {
  switch (row.kind) {
    case 'group':
      return (
        <View style={style} wrap={false}>
          <Cell width={CONTENT_WIDTH} text={row.title} style={styles.groupCell} />
        </View>
      );
    case 'full':
      // A 2,000-character self-evaluation is most of a page: this row may break across pages.
      return (
        <View style={style}>
          <Cell width={LABEL} text={row.field.label} style={styles.labelCell} />
          <Cell width={WIDE_VALUE} text={row.field.value} />
        </View>
      );
    case 'pair':
      return (
        <View style={style} wrap={false}>
          <Cell width={LABEL} text={row.left.label} style={styles.labelCell} />
          <Cell width={row.right ? VALUE : VALUE + LABEL + VALUE} text={row.left.value} />
          {row.right && <Cell width={LABEL} text={row.right.label} style={styles.labelCell} />}
          {row.right && <Cell width={VALUE} text={row.right.value} />}
        </View>
      );
  }
}

interface SingleSectionTableProps {
  title: ReactNode;
  section: SectionDefinition;
  values: Record<string, unknown>;
}

/** A single section as label/value pairs, two pairs to a row. */
export function SingleSectionTable({ title, section, values }: SingleSectionTableProps) {
  const rows = singleSectionGrid(section, values);
  return (
    <KeptTable
      title={title}
      heights={{ header: 0, rows: rows.map(rowHeight) }}
      rows={rows.map((row, i) => (style: Style[]) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the order is fixed by the definition
        <GridLine key={i} row={row} style={style} />
      ))}
    />
  );
}
