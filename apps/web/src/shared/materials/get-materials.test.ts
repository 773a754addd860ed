import { describe, expect, it } from 'vitest';
import { materialFile, materialList } from '../../test/material-fixtures';
import { hasPendingProcessing } from './get-materials';

const uploadedAt = '2026-03-02T02:00:00.000Z';
const now = Date.parse(uploadedAt) + 5_000;

describe('hasPendingProcessing', () => {
  it('waits for a fresh image thumbnail or PDF page count, not for finished or old files', () => {
    const withFiles = (...files: ReturnType<typeof materialFile>[]) =>
      materialList({ highest_degree: { files } });
    expect(hasPendingProcessing(withFiles(materialFile(1, { hasThumbnail: false })), now)).toBe(true);
    expect(
      hasPendingProcessing(withFiles(materialFile(1, { contentType: 'application/pdf', pages: null })), now),
    ).toBe(true);
    expect(hasPendingProcessing(withFiles(materialFile(1, { hasThumbnail: true })), now)).toBe(false);
    expect(
      hasPendingProcessing(withFiles(materialFile(1, { contentType: 'application/pdf', pages: 2 })), now),
    ).toBe(false);
    // A thumbnail that never came (a broken image) does not poll forever.
    expect(hasPendingProcessing(withFiles(materialFile(1)), now + 120_000)).toBe(false);
  });
});
