import { type FieldDefinition, isPresentMonth, PRESENT_MONTH } from '@zhicheng/contracts';

/** The stored value of a still-running period's end month (sections.md); the contracts own it. */
export const PRESENT = PRESENT_MONTH;

/**
 * A field's value as printed. Values come as the API stores them: strings, numbers, null. Select
 * values print as they are (the options are the Chinese labels); an end month of "present" is 至今.
 */
export function formatFieldValue(field: FieldDefinition, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'yearMonth' && isPresentMonth(value)) return '至今';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? '是' : '否';
  return '';
}

/** Whether a section holds nothing worth a table (so it prints 无). */
export function isBlankRow(fields: readonly FieldDefinition[], row: Record<string, unknown>): boolean {
  return fields.every((f) => formatFieldValue(f, row[f.key]) === '');
}
