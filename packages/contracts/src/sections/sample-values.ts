import type { FieldDefinition } from './definitions.js';

/**
 * A value that passes a field's strict rules, from its definition alone (dates well in the past, so no
 * cycle window flags them). Tests and end-to-end fixtures fill sections with it; `photoId` stands in for
 * an uploaded photo.
 */
export function sampleFieldValue(field: FieldDefinition, photoId = 'photo-1'): unknown {
  switch (field.type) {
    case 'number':
      return field.min ?? 1;
    case 'date':
      return '2020-01-15';
    case 'yearMonth':
      return '2020-01';
    case 'select':
      return field.options?.[0];
    case 'email':
      return 'a@example.com';
    case 'mobile':
      return '13800138000';
    case 'idNumber':
      return '44030519850312001X';
    case 'photo':
      return photoId;
    default:
      return field.pattern ? '123456789' : '内容';
  }
}
