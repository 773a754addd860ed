import {
  type MaterialCategoryKey,
  type MaterialFile,
  type MaterialList,
  type MaterialRuleInput,
  materialCategories,
  materialRequirements,
} from '@zhicheng/contracts';
import type { StoredFileRow } from './materials-repository.js';

export interface PlacedFile {
  file: StoredFileRow;
  category: string;
  position: number;
}

export function toMaterialFile(placed: PlacedFile, order: number): MaterialFile {
  const f = placed.file;
  return {
    id: f.id,
    category: placed.category as MaterialCategoryKey,
    fileName: f.originalName,
    contentType: f.contentType as MaterialFile['contentType'],
    size: f.size,
    sha256: f.sha256,
    pages: f.pages ?? null,
    hasThumbnail: f.thumbnailKey !== null,
    order,
    uploadedAt: f.createdAt.toISOString(),
  };
}

/** The list page's view: every category in order with its rule, completion and files. */
/** What the latest return marked (while returned) and, for reviewers, what changed since it. */
export interface MaterialMarks {
  toCorrect: ReadonlySet<string>;
  changed: { materials(category: string): boolean } | null;
}

export function buildMaterialList(
  input: MaterialRuleInput,
  files: PlacedFile[],
  meta: Pick<MaterialList, 'editable' | 'limits'>,
  marks: MaterialMarks = { toCorrect: new Set(), changed: null },
): MaterialList {
  const rules = materialRequirements(input);
  let totalBytes = 0;
  const categories = materialCategories.map(({ key, title }) => {
    const own = files
      .filter((f) => f.category === key)
      .sort((a, b) => a.position - b.position)
      .map((f, i) => toMaterialFile(f, i));
    for (const f of own) totalBytes += f.size;
    const rule = rules[key];
    return {
      key,
      title,
      ...rule,
      done: !rule.required || own.length > 0,
      files: own,
      toCorrect: marks.toCorrect.has(key),
      changedSinceReturn: marks.changed ? marks.changed.materials(key) : null,
    };
  });
  return { ...meta, totalBytes, categories };
}
