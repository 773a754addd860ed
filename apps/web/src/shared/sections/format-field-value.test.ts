import type { FieldDefinition } from '@zhicheng/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllTexts } from '../../i18n';
import { formatFieldValue } from './format-field-value';

const month = { key: 'endMonth', label: '截止年月', type: 'yearMonth', required: true } as FieldDefinition;

describe('formatFieldValue', () => {
  beforeAll(() => loadAllTexts());

  it('shows an end month of "present" as 至今, other months as they are', () => {
    expect(formatFieldValue(month, 'present', '照片')).toBe('至今');
    expect(formatFieldValue(month, '2024-09', '照片')).toBe('2024-09');
    expect(formatFieldValue(month, null, '照片')).toBe('—');
  });
});
