import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { bearer, type TestApp } from './helpers.js';

/** GET the application's review form as `token`. */
export function getReviewForm(t: TestApp, token: string, id: string): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/applications/${id}/review-form.pdf`,
    headers: bearer(token),
  });
}

/** The text of a PDF (poppler's pdftotext), with line breaks and spaces removed for matching. */
export function pdfText(bytes: Buffer): string {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
    input: bytes,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr.toString()}`);
  return run.stdout.toString('utf8').replace(/\s+/g, '');
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Whether the preview watermark (预览 仅供核对) is on the page text. pdftotext extracts the rotated
 * characters one by one and out of order, so the check looks for the characters, not the phrase.
 */
export function hasWatermark(text: string): boolean {
  return [...'预览仅供核对'].every((char) => text.includes(char));
}
