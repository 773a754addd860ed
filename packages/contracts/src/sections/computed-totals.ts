import type { FieldDefinition, SectionDefinition } from './definitions.js';

type Row = Record<string, unknown>;

/** The sum a `sumOf` field must hold, or null while one of its parts is not a number yet. */
export function computedSum(field: FieldDefinition, row: Row): number | null {
  if (!field.sumOf) return null;
  let sum = 0;
  for (const key of field.sumOf) {
    const part = row[key];
    if (typeof part !== 'number' || !Number.isFinite(part)) return null;
    sum += part;
  }
  return sum;
}

/**
 * The problem of a `sumOf` field whose value disagrees with its parts (继续教育 合计学时 ≠ 公需 + 专业),
 * as a Chinese message naming the parts and the sum; null when it agrees or cannot be checked yet.
 */
export function sumProblem(section: SectionDefinition, field: FieldDefinition, row: Row): string | null {
  const sum = computedSum(field, row);
  const value = row[field.key];
  if (sum === null || typeof value !== 'number' || value === sum) return null;
  const parts = (field.sumOf ?? []).map((k) => section.fields.find((f) => f.key === k)?.label ?? k);
  return `${field.label}应为${parts.join('与')}之和（${sum}）`;
}
