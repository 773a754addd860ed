import { renderToBuffer } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { createElement } from 'react';
import { ReviewFormDocument } from './document/review-form-document.js';
import { registerFonts } from './fonts/register-fonts.js';
import type { ReviewFormInput } from './types.js';

/** A PNG of the verification URL; error correction M survives a smudged print. */
function qrCodePng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 288 });
}

/**
 * Renders the 评审表 PDF. The same input always gives the same bytes (dates from `generatedAt`, fixed
 * metadata, and a file /ID that pdfkit derives from them). CPU-bound for a second or more: the API
 * runs it in a worker pool (`@zhicheng/review-form/worker`), not on its event loop.
 */
export async function renderReviewForm(input: ReviewFormInput): Promise<Buffer> {
  await registerFonts();
  const url = input.mode === 'final' ? input.verification?.url : undefined;
  const qrCode = url ? await qrCodePng(url) : null;
  // renderToBuffer's type wants a <Document> element; ReviewFormDocument renders exactly one.
  const element = createElement(ReviewFormDocument, { input, qrCode }) as unknown as Parameters<
    typeof renderToBuffer
  >[0];
  return renderToBuffer(element);
}
