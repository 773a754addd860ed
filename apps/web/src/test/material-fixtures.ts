import {
  type MaterialCategory,
  type MaterialFile,
  type MaterialList,
  materialCategories,
  materialLimits,
} from '@zhicheng/contracts';

const fileId = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

export function materialFile(n: number, overrides: Partial<MaterialFile> = {}): MaterialFile {
  return {
    id: fileId(n),
    category: 'highest_degree',
    fileName: `第${n}页.png`,
    contentType: 'image/png',
    size: 2048,
    sha256: 'a'.repeat(64),
    pages: null,
    hasThumbnail: false,
    order: n - 1,
    uploadedAt: '2026-03-02T02:00:00.000Z',
    ...overrides,
  };
}

/** Every category, optional and not done unless `overrides` says otherwise. */
export function materialList(
  overrides: Partial<Record<MaterialCategory['key'], Partial<MaterialCategory>>> = {},
  list: Partial<MaterialList> = {},
): MaterialList {
  return {
    editable: true,
    limits: { ...materialLimits },
    totalBytes: 0,
    categories: materialCategories.map(({ key, title }) => ({
      key,
      title,
      required: false,
      reason: null,
      preApproval: false,
      done: true,
      files: [],
      toCorrect: false,
      changedSinceReturn: null,
      ...overrides[key],
    })),
    ...list,
  };
}
