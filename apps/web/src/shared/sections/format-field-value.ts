import { type FieldDefinition, isPresentMonth } from '@zhicheng/contracts';
import { i18n } from '../../i18n';

/** A saved field value as text for the read-only view; empty values show as a dash. */
export function formatFieldValue(field: FieldDefinition, value: unknown, photoText: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field.type === 'photo') return photoText;
  if (field.type === 'yearMonth' && isPresentMonth(value)) return i18n.t('sections.present');
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
