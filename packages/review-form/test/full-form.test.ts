import { createHash } from 'node:crypto';
import { sectionDefinitions } from '@zhicheng/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFieldValue } from '../src/format/field-value.js';
import { fullSampleInput, renderReviewForm } from '../src/index.js';
import { pdfFonts, pdfImageCount, pdfInfo, pdfText, pdfWords, squeeze } from './poppler.js';

const sha256 = (pdf: Uint8Array) => createHash('sha256').update(pdf).digest('hex');

// The full form (all 23 sections, 10 rows in each list) rendered once per mode for the whole file.
let preview: Buffer;
let final: Buffer;
let finalText: string;
let pages: number;

beforeAll(async () => {
  final = await renderReviewForm(fullSampleInput('final'));
  preview = await renderReviewForm(fullSampleInput('preview'));
  finalText = squeeze(pdfText(final, { raw: true }));
  pages = Number(pdfInfo(final).Pages);
}, 120_000);

describe('the full form', () => {
  it('prints every section title and the sample values of every field', () => {
    const input = fullSampleInput('final');
    for (const section of sectionDefinitions) {
      expect(finalText, section.title).toContain(squeeze(section.title));
      const data = input.sections[section.key];
      const row = Array.isArray(data) ? data[1] : data;
      for (const field of section.fields) {
        if (field.type === 'photo' || field.type === 'textarea') continue;
        const value = formatFieldValue(field, row?.[field.key]);
        expect(finalText, `${section.key}.${field.key}`).toContain(squeeze(value));
      }
    }
  });

  it('prints the labels of single sections and the column headers of list sections', () => {
    for (const section of sectionDefinitions)
      for (const field of section.fields.filter((f) => f.type !== 'photo'))
        expect(finalText, `${section.key}.${field.key}`).toContain(squeeze(field.label));
  });

  it('prints a running end month as 至今', () => {
    expect(finalText).toContain('至今');
  });

  it('prints the cover, the opinions with their dates, the votes and the signature blocks', () => {
    const cover = squeeze(pdfText(final, { first: 1, last: 1 }));
    for (const value of [
      '专业技术资格评审表',
      '张三',
      '工程技术',
      '水利水电工程',
      '副高级',
      '高级工程师',
      '深圳市水务局',
    ])
      expect(cover).toContain(value);
    for (const value of [
      '单位审核意见',
      '部门审核意见',
      '2026-09-10',
      '2026-10-08',
      '出席',
      '15人',
      '同意',
      '13票',
    ])
      expect(finalText).toContain(value);
    expect(finalText).toContain('材料真实性承诺');
    expect(finalText).toContain('申报人签名：');
    expect(finalText).toContain('日期：______年____月____日');
    expect(finalText).toContain('（单位盖章）');
  });

  it('embeds a subset of Noto Sans SC Regular and Bold, and no other font', () => {
    const fonts = pdfFonts(final);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
    ]);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
      expect(font).toMatchObject({ embedded: true, subset: true, type: 'CID TrueType' });
    }
  });

  it('has a sane number of A4 pages, numbered 第 n 页 共 m 页', () => {
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(pages).toBeLessThanOrEqual(60);
    expect(pdfInfo(final)['Page size']).toContain('595.28 x 841.89');
    expect(squeeze(pdfText(final, { first: 1, last: 1 }))).toContain(`第1页共${pages}页`);
    expect(squeeze(pdfText(final, { first: pages, last: pages }))).toContain(`第${pages}页共${pages}页`);
    for (let page = 1; page <= pages; page += 1) expect(finalText).toContain(`第${page}页共${pages}页`);
  });

  it('keeps every word inside the page margins, however many columns a table has', () => {
    const words = pdfWords(final);
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(41.5);
      expect(word.xMax, word.text).toBeLessThanOrEqual(595.28 - 41.5);
    }
  });

  it("repeats a long table's header on the pages it continues on, never twice on one page", () => {
    const perPage = Array.from({ length: pages }, (_, i) =>
      squeeze(pdfText(final, { raw: true, first: i + 1, last: i + 1 })),
    );
    for (const section of sectionDefinitions.filter((s) => s.kind === 'list')) {
      const header = squeeze(section.fields.map((f) => f.label).join(''));
      const counts = perPage.map((text) => text.split(header).length - 1);
      expect(Math.max(...counts), section.key).toBe(1);
      // 10 rows of 500-character texts run over several pages, each headed by the header.
      if (section.key === 'independentAchievements')
        expect(counts.filter((n) => n === 1).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('embeds the photo and the QR code', () => {
    expect(pdfImageCount(final)).toBe(2);
  });
});

describe('preview and final', () => {
  it('watermarks every page of the preview 预览 仅供核对, and no page of the final form', () => {
    const previewPages = Number(pdfInfo(preview).Pages);
    for (let page = 1; page <= previewPages; page += 1)
      expect(squeeze(pdfText(preview, { raw: true, first: page, last: page })), `page ${page}`).toContain(
        '预览仅供核对',
      );
    expect(finalText).not.toContain('预览');
    expect(finalText).not.toContain('仅供核对');
  });

  it('prints the verification code on every page of the final form, and none on the preview', () => {
    const code = fullSampleInput().verification?.code ?? '';
    for (let page = 1; page <= pages; page += 1)
      expect(squeeze(pdfText(final, { raw: true, first: page, last: page })), `page ${page}`).toContain(
        `验证码：${code}`,
      );
    expect(squeeze(pdfText(preview, { raw: true }))).not.toContain(code);
    expect(pdfImageCount(preview)).toBe(1); // the photo, no QR code
  });
});

describe('determinism', () => {
  it('renders the same input to the same bytes', async () => {
    const again = await renderReviewForm(fullSampleInput('final'));
    expect(sha256(again)).toBe(sha256(final));
  });

  it('takes its dates, and so its file /ID, from generatedAt', async () => {
    const info = pdfInfo(final);
    expect(info.CreationDate).toBe('2026-11-28T08:00:00Z');
    expect(info.Producer).toBe('zhicheng review-form');
    const later = await renderReviewForm({
      ...fullSampleInput('final'),
      generatedAt: '2026-11-29T08:00:00Z',
    });
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(id(final)).toBeDefined();
    expect(id(later)).not.toBe(id(final));
  });
});
