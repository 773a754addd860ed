import type { FieldDefinition } from '@zhicheng/contracts';

/** A saved field value as text for the read-only view; empty values show as a dash. */
export function formatFieldValue(field: FieldDefinition, value: unknown, photoText: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field.type === 'photo') return photoText;
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
