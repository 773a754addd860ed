import QRCode from 'qrcode';
import { loadFonts } from './fonts/fonts.js';
import { parseInstant } from './format/dates.js';
import { drawPdf } from './pdf/draw.js';
import { layoutReviewForm } from './pdf/layout-form.js';
import type { ReviewFormInput } from './types.js';

/** A PNG of the verification URL; error correction M survives a smudged print. */
function qrCodePng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 288 });
}

/**
 * Renders the 评审表 PDF: laid out into pages first (so the page total is known), then drawn with
 * pdfkit in one pass. The same input always gives the same bytes (dates from `generatedAt`, fixed
 * metadata, and a file /ID that pdfkit derives from them). CPU-bound for a few hundred ms: the API
 * runs it in a worker pool (`@zhicheng/review-form/worker`), not on its event loop.
 */
export async function renderReviewForm(input: ReviewFormInput): Promise<Buffer> {
  const generatedAt = parseInstant(input.generatedAt);
  const fonts = await loadFonts();
  const final = input.mode === 'final';
  const url = final ? input.verification?.url : undefined;
  const qrCode = url ? await qrCodePng(url) : null;
  const pages = layoutReviewForm(input, qrCode);
  return drawPdf(pages, {
    fonts,
    applicantName: input.cover.applicantName,
    verificationCode: final ? (input.verification?.code ?? null) : null,
    watermark: !final,
    generatedAt,
  });
}
