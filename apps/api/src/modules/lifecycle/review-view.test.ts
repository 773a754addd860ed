import { describe, expect, it } from 'vitest';
import { compareSnapshots } from './review-view.js';
import type { FrozenContent } from './snapshot.js';

const file = (category: string, fileId: string, order: number) => ({
  category,
  order,
  fileId,
  fileName: `${fileId}.pdf`,
  contentType: 'application/pdf',
  sha256: 'a'.repeat(64),
  size: 1,
});
const snapshot = (sections: Record<string, unknown>, files: FrozenContent['files']): FrozenContent => ({
  choice: { track: 'normal' },
  sections,
  files,
  submittedAt: '2026-12-01T00:00:00.000Z',
});

describe('compareSnapshots', () => {
  it('compares sections by content, whatever the key order, and a section saved only later as changed', () => {
    const before = snapshot({ basicInfo: { a: 1, b: [1, 2] }, workHistory: [{ x: 1 }] }, []);
    const after = snapshot({ basicInfo: { b: [1, 2], a: 1 }, workHistory: [{ x: 2 }], awards: [] }, []);
    const changed = compareSnapshots(before, after);
    expect(changed.section('basicInfo')).toBe(false);
    expect(changed.section('workHistory')).toBe(true);
    expect(changed.section('awards')).toBe(true);
    expect(changed.section('patents')).toBe(false);
  });

  it('compares a category by its file ids in order', () => {
    const before = snapshot({}, [
      file('highest_degree', 'a', 0),
      file('highest_degree', 'b', 1),
      file('x', 'c', 0),
    ]);
    const reordered = snapshot({}, [
      file('highest_degree', 'b', 0),
      file('highest_degree', 'a', 1),
      file('x', 'c', 0),
    ]);
    expect(compareSnapshots(before, reordered).materials('highest_degree')).toBe(true);
    expect(compareSnapshots(before, reordered).materials('x')).toBe(false);
    const sameOrder = snapshot({}, [
      file('x', 'c', 0),
      file('highest_degree', 'b', 5),
      file('highest_degree', 'a', 2),
    ]);
    // Order is by position, not by where the rows come in the list.
    expect(compareSnapshots(before, sameOrder).materials('highest_degree')).toBe(false);
    const same = snapshot({}, [file('highest_degree', 'a', 3), file('highest_degree', 'b', 7)]);
    expect(compareSnapshots(before, same).materials('highest_degree')).toBe(false);
    expect(compareSnapshots(before, same).materials('x')).toBe(true);
  });
});
