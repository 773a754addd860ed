import type { SectionDefinition } from '@zhicheng/contracts';
import { formatFieldValue } from '../format/field-value.js';

export interface GridField {
  label: string;
  value: string;
}

/** A row of a single section's 4-column grid (label, value, label, value). */
export type GridRow =
  | { kind: 'group'; title: string }
  | { kind: 'pair'; left: GridField; right: GridField | null }
  | { kind: 'full'; field: GridField };

/** Long text gets a whole row: textareas, and text fields allowed 100 characters or more. */
function isWide(field: SectionDefinition['fields'][number]): boolean {
  return field.type === 'textarea' || (field.type === 'text' && (field.maxLength ?? 0) >= 100);
}

/**
 * The grid of a single section, straight from its definition: fields in their defined order, two to
 * a row, long ones alone on theirs, with a heading row where the definition's group changes. Photo
 * fields are left out: the photo itself is on the cover, and its file id means nothing on paper.
 */
export function singleSectionGrid(section: SectionDefinition, values: Record<string, unknown>): GridRow[] {
  const rows: GridRow[] = [];
  let pending: GridField | null = null;
  let group: string | undefined;
  const flush = () => {
    if (pending) rows.push({ kind: 'pair', left: pending, right: null });
    pending = null;
  };
  for (const field of section.fields) {
    if (field.type === 'photo') continue;
    if (field.group && field.group !== group) {
      flush();
      rows.push({ kind: 'group', title: field.group });
    }
    group = field.group;
    const cell = { label: field.label, value: formatFieldValue(field, values[field.key]) };
    if (isWide(field)) {
      flush();
      rows.push({ kind: 'full', field: cell });
    } else if (pending) {
      rows.push({ kind: 'pair', left: pending, right: cell });
      pending = null;
    } else {
      pending = cell;
    }
  }
  flush();
  return rows;
}
