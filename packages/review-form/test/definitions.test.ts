import { type FieldDefinition, findSection, sectionDefinitions } from '@zhicheng/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReviewForm } from '../src/index.js';
import { samplePhotoPng } from '../src/sample/sample-photo.js';
import { minimalInput } from './minimal-input.js';
import { pdfImageCount, pdfText, squeeze } from './poppler.js';

const added: Array<{ fields: FieldDefinition[]; field: FieldDefinition }> = [];

afterEach(() => {
  for (const { fields, field } of added.splice(0)) fields.splice(fields.indexOf(field), 1);
});

/** Adds a field to a section definition for one test, as an edit of sections.json would. */
function addField(sectionKey: string, field: FieldDefinition) {
  const fields = findSection(sectionKey)?.fields as FieldDefinition[];
  fields.push(field);
  added.push({ fields, field });
}

describe('drawn from the section definitions', () => {
  it('prints a field added to the contracts, with no edit here', async () => {
    addField('awards', { key: 'testOnly', label: '测试新增字段', type: 'text', required: false });
    addField('foreignLanguage', { key: 'testOnly', label: '另一新增字段', type: 'text', required: false });
    const pdf = await renderReviewForm(
      minimalInput({
        awards: [{ projectName: '水务项目', testOnly: '新增列的值' }],
        foreignLanguage: { exempt: '否', testOnly: '新增格的值' },
      }),
    );
    const text = squeeze(pdfText(pdf, { raw: true }));
    for (const expected of ['测试新增字段', '新增列的值', '另一新增字段', '新增格的值'])
      expect(text).toContain(expected);
  });

  it('prints 无 under every empty section, a 照片 box without a photo, and no QR code in a preview', async () => {
    const pdf = await renderReviewForm(
      minimalInput({ education: [], basicInfo: null, workHistory: [{ school: '  ' }] }, { mode: 'preview' }),
    );
    const text = squeeze(pdfText(pdf, { raw: true }));
    for (const section of sectionDefinitions) expect(text).toContain(squeeze(section.title));
    // 23 sections and the opinions block are empty.
    expect(text.match(/无/g)?.length ?? 0).toBeGreaterThanOrEqual(24);
    expect(squeeze(pdfText(pdf, { first: 1, last: 1 }))).toContain('照片');
    expect(pdfImageCount(pdf)).toBe(0);
    expect(text).not.toContain('验证码');
  });

  it('puts a JPEG or PNG photo on the cover', async () => {
    const pdf = await renderReviewForm(
      minimalInput({}, { photo: { data: samplePhotoPng(), format: 'png' } }),
    );
    expect(pdfImageCount(pdf)).toBe(2); // the photo and the QR code
    expect(squeeze(pdfText(pdf, { first: 1, last: 1 }))).not.toContain('照片');
  });
});
