import { describe, expect, it } from 'vitest';
import { renderReviewForm } from '../src/index.js';
import { samplePhotoPng } from '../src/sample/sample-photo.js';
import renderReviewFormTask, { type ReviewFormWorkerInput } from '../src/worker.js';
import { minimalInput } from './minimal-input.js';

describe('the worker entry', () => {
  it('takes structured-cloneable input and returns the same PDF as renderReviewForm, as a Uint8Array', async () => {
    const photo = samplePhotoPng();
    const input = minimalInput({ selfEvaluation: { selfEvaluation: '工作认真负责。' } });
    // What a worker thread receives: the photo as a plain Uint8Array, after a structured clone.
    const task: ReviewFormWorkerInput = structuredClone({
      ...input,
      photo: { data: new Uint8Array(photo), format: 'png' as const },
    });
    const pdf = await renderReviewFormTask(task);
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // A pool may transfer the result: it must own its whole buffer.
    expect(pdf.byteOffset).toBe(0);
    expect(pdf.byteLength).toBe(pdf.buffer.byteLength);
    const direct = await renderReviewForm({ ...input, photo: { data: photo, format: 'png' } });
    expect(Buffer.from(pdf).equals(direct)).toBe(true);
  });
});
