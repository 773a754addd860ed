import { describe, expect, it } from 'vitest';
import { idNumberSchema, usernameSchema } from '../index.js';
import { applicantImportColumns, applicantImportTemplateCsv } from './applicant-import.js';

describe('the applicant import template', () => {
  it('is UTF-8 with BOM: the header, then an example row that passes the creation rules', () => {
    expect(applicantImportTemplateCsv.startsWith('\uFEFF')).toBe(true);
    const [header, example, rest] = applicantImportTemplateCsv.slice(1).split('\r\n');
    expect(header).toBe(applicantImportColumns.join(','));
    const [name, username, idNumber] = (example ?? '').split(',');
    expect(name).toBe('张三');
    expect(usernameSchema.safeParse(username).success).toBe(true);
    expect(idNumberSchema.safeParse(idNumber).success).toBe(true);
    expect(rest).toBe('');
  });
});
