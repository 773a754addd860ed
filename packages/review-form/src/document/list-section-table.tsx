import { View } from '@react-pdf/renderer';
import type { SectionDefinition } from '@zhicheng/contracts';
import type { ReactNode } from 'react';
import { formatFieldValue } from '../format/field-value.js';
import { layoutColumns } from '../layout/column-widths.js';
import { estimateRowHeight, KEEP_ROW_MAX_HEIGHT } from '../layout/keep-together.js';
import { Cell } from './cell.js';
import { KeptTable } from './kept-table.js';
import { CONTENT_WIDTH, type Style, styles } from './styles.js';

interface ListSectionTableProps {
  title: ReactNode;
  section: SectionDefinition;
  rows: Record<string, unknown>[];
}

/** A list section as a table: one column per field, in the definition's order, one row per entry. */
export function ListSectionTable({ title, section, rows }: ListSectionTableProps) {
  const fields = section.fields.filter((f) => f.type !== 'photo');
  const headers = fields.map((f) => f.label);
  const cells = rows.map((row) => fields.map((f) => formatFieldValue(f, row[f.key])));
  // Wide tables get a smaller font, never a landscape page.
  const { fontSize, widths } = layoutColumns(headers, cells, CONTENT_WIDTH);
  const heights = cells.map((row) => estimateRowHeight(row, widths, fontSize));
  const line = (texts: string[], cellStyle?: Style) =>
    texts.map((text, i) => (
      <Cell key={fields[i]?.key} width={widths[i] ?? 0} text={text} style={cellStyle} />
    ));
  return (
    <KeptTable
      title={title}
      tableStyle={{ fontSize }}
      heights={{ header: estimateRowHeight(headers, widths, fontSize), rows: heights }}
      header={(style) => <View style={style}>{line(headers, styles.labelCell)}</View>}
      rows={cells.map((texts, r) => (style: Style[]) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are printed in their stored order
        <View key={r} style={style} wrap={(heights[r] ?? 0) > KEEP_ROW_MAX_HEIGHT}>
          {line(texts)}
        </View>
      ))}
    />
  );
}
