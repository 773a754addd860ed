import PDFDocument from 'pdfkit';
import type { FormFonts } from '../fonts/fonts.js';
import { textWidth } from '../text/text-width.js';
import type { FontName, Page } from './ops.js';
import { BORDER, BORDER_COLOR, PAGE } from './page.js';
import { lineHeight } from './wrap.js';

export interface DrawOptions {
  fonts: FormFonts;
  applicantName: string;
  verificationCode: string | null;
  watermark: boolean;
  generatedAt: Date;
}

const FOOTER_SIZE = 8;
const FOOTER_COLOR = '#444444';
const WATERMARK = { text: '预览 仅供核对', size: 64, color: '#888888', opacity: 0.18, angle: -40 };

/** Fixed metadata: with the dates from `generatedAt`, the same input gives the same bytes (and /ID). */
function info(generatedAt: Date): PDFKit.DocumentInfo {
  return {
    Title: '专业技术资格评审表',
    Creator: 'zhicheng review-form',
    Producer: 'zhicheng review-form',
    CreationDate: generatedAt,
    ModDate: generatedAt,
  };
}

/** pdfkit with the state of the last operation remembered, so each text does not reset font and colour. */
class Painter {
  private font: FontName | null = null;
  private size = 0;
  private fill = '';

  constructor(readonly doc: PDFKit.PDFDocument) {}

  text(text: string, x: number, y: number, font: FontName, size: number, color: string): void {
    if (font !== this.font) this.doc.font(font);
    if (size !== this.size) this.doc.fontSize(size);
    if (color !== this.fill) this.doc.fillColor(color);
    this.font = font;
    this.size = size;
    this.fill = color;
    this.doc.text(text, x, y, { lineBreak: false });
  }

  /** After a save/restore pair or a fill, what pdfkit's graphics state holds is unknown again. */
  forget(): void {
    this.fill = '';
  }
}

function drawPage(painter: Painter, page: Page): void {
  const { doc } = painter;
  doc.lineWidth(BORDER).strokeColor(BORDER_COLOR);
  for (const op of page) {
    switch (op.kind) {
      case 'text':
        painter.text(op.text, op.x, op.y, op.font, op.size, op.color);
        break;
      case 'fill':
        doc.rect(op.x, op.y, op.w, op.h).fill(op.color);
        painter.forget();
        break;
      case 'box':
        doc.rect(op.x, op.y, op.w, op.h).stroke();
        break;
      case 'image':
        doc.save();
        doc.rect(op.x, op.y, op.w, op.h).clip();
        if (op.cover)
          doc.image(op.data, op.x, op.y, { cover: [op.w, op.h], align: 'center', valign: 'center' });
        else doc.image(op.data, op.x, op.y, { width: op.w, height: op.h });
        doc.restore();
        painter.forget();
        break;
    }
  }
}

/** On every page: who the form is for, 第 n 页 共 m 页, and the final form's verification code. */
function drawFooter(painter: Painter, options: DrawOptions, n: number, total: number): void {
  const width = PAGE.width - 2 * PAGE.marginX;
  const y = PAGE.height - 24 - lineHeight(FOOTER_SIZE);
  const put = (text: string, left: number, w: number, align: 'left' | 'center' | 'right') => {
    const spare = w - textWidth(text, FOOTER_SIZE);
    const x = left + (align === 'center' ? spare / 2 : align === 'right' ? spare : 0);
    painter.text(text, x, y, 'regular', FOOTER_SIZE, FOOTER_COLOR);
  };
  put(`专业技术资格评审表　${options.applicantName}`, PAGE.marginX, width * 0.35, 'left');
  put(`第 ${n} 页 共 ${total} 页`, PAGE.marginX + width * 0.35, width * 0.3, 'center');
  if (options.verificationCode)
    put(`验证码：${options.verificationCode}`, PAGE.marginX + width * 0.65, width * 0.35, 'right');
}

/** The preview's diagonal 预览 仅供核对: drawn last so it lies over the content, faint enough to read through. */
function drawWatermark(painter: Painter): void {
  const { doc } = painter;
  const cx = PAGE.width / 2;
  const cy = PAGE.height / 2;
  doc.save();
  doc.rotate(WATERMARK.angle, { origin: [cx, cy] });
  doc.fillOpacity(WATERMARK.opacity);
  painter.forget();
  const w = textWidth(WATERMARK.text, WATERMARK.size);
  painter.text(
    WATERMARK.text,
    cx - w / 2,
    cy - lineHeight(WATERMARK.size) / 2,
    'bold',
    WATERMARK.size,
    WATERMARK.color,
  );
  doc.restore();
  painter.forget();
}

/** Draws laid-out pages with pdfkit, in one pass: the page total is already known. */
export function drawPdf(pages: Page[], options: DrawOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    info: info(options.generatedAt),
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit takes a parsed fontkit font as well as bytes; parsing the 10 MB files once per process
  // rather than once per document is most of what a font costs.
  doc.registerFont('regular', options.fonts.regular as Buffer);
  doc.registerFont('bold', options.fonts.bold as Buffer);
  const painter = new Painter(doc);
  for (const [i, page] of pages.entries()) {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    painter.forget();
    drawPage(painter, page);
    drawFooter(painter, options, i + 1, pages.length);
    if (options.watermark) drawWatermark(painter);
  }
  doc.end();
  return done;
}
