import { z } from 'zod';
import type { FieldError } from '../errors/problem.js';
import { sumProblem } from './computed-totals.js';
import { type FieldDefinition, parseRequiredWhen, type SectionDefinition } from './definitions.js';
import { fieldShapeSchema, isEmptyValue } from './field-schemas.js';
import { isFutureValue, resolveMonth } from './month-rules.js';

export const sectionStatuses = ['empty', 'incomplete', 'complete'] as const;
export type SectionStatus = (typeof sectionStatuses)[number];
type Row = Record<string, unknown>;

const DEFAULT_MAX_ROWS = 50;

const shapes = new Map<string, z.ZodType>();

/**
 * What a save accepts (types, lengths, options), derived from the definition: an object for single
 * sections, an array of row objects for list sections. Missing required values are allowed here.
 * Built once per section and named, so the OpenAPI document refers to one component per section.
 */
export function sectionShapeSchema(section: SectionDefinition): z.ZodType {
  const cached = shapes.get(section.key);
  if (cached) return cached;
  const name = section.key.charAt(0).toUpperCase() + section.key.slice(1);
  const row = z
    .strictObject(Object.fromEntries(section.fields.map((f) => [f.key, fieldShapeSchema(f)])))
    .meta({
      id: section.kind === 'single' ? `Section${name}` : `Section${name}Row`,
      description: section.title,
    });
  const maxRows = section.maxRows ?? DEFAULT_MAX_ROWS;
  const shape =
    section.kind === 'single' ? row : z.array(row).max(maxRows, `${section.title}最多 ${maxRows} 条`);
  shapes.set(section.key, shape);
  return shape;
}

function isRequired(field: FieldDefinition, row: Row): boolean {
  if (field.requiredWhen) {
    const { field: other, value } = parseRequiredWhen(field.requiredWhen);
    return row[other] === value;
  }
  return field.required;
}

/**
 * The strict rules of one row: required / requiredWhen, nothing in the future, end ≥ start (an end
 * of "present" counts as the current month), totals equal to their parts.
 */
function rowIssues(section: SectionDefinition, row: Row, prefix: string, today: Date): FieldError[] {
  const issues: FieldError[] = [];
  for (const field of section.fields) {
    const value = row[field.key];
    const path = `${prefix}${field.key}`;
    if (isEmptyValue(value)) {
      if (isRequired(field, row)) issues.push({ path, message: `请填写${field.label}` });
      continue;
    }
    if (isFutureValue(field, String(value), today)) {
      const message = field.type === 'date' ? `${field.label}不能晚于今天` : `${field.label}不能晚于当前月份`;
      issues.push({ path, message });
    }
    const mismatch = sumProblem(section, field, row);
    if (mismatch) issues.push({ path, message: mismatch });
  }
  const start = row.startMonth;
  const end = resolveMonth(row.endMonth, today);
  if (typeof start === 'string' && typeof end === 'string' && start && end && end < start) {
    issues.push({ path: `${prefix}endMonth`, message: '截止年月不能早于起始年月' });
  }
  return issues;
}

/** Every strict-rule problem of saved data, with paths relative to the data (`name`, `2.startMonth`). */
export function sectionIssues(section: SectionDefinition, data: unknown, today = new Date()): FieldError[] {
  if (section.kind === 'single') return rowIssues(section, (data ?? {}) as Row, '', today);
  const rows = Array.isArray(data) ? (data as Row[]) : [];
  return rows.flatMap((row, i) => rowIssues(section, row, `${i}.`, today));
}

/** 未填报 (never saved, or a list without rows), 不完整 (strict rules fail) or 已填报. */
export function sectionStatus(section: SectionDefinition, data: unknown, today = new Date()): SectionStatus {
  if (data === undefined || data === null) return 'empty';
  if (section.kind === 'list' && Array.isArray(data) && data.length === 0) return 'empty';
  return sectionIssues(section, data, today).length === 0 ? 'complete' : 'incomplete';
}

/**
 * What a save refuses beyond the shape (400, nothing stored), with paths relative to the data: a
 * computed total (`sumOf`) that disagrees with its parts. The web computes those, so only a client
 * of its own sends a wrong one.
 */
export function sectionSaveProblems(section: SectionDefinition, data: unknown): FieldError[] {
  const totals = section.fields.filter((f) => f.sumOf);
  if (totals.length === 0) return [];
  const rows: [string, Row][] =
    section.kind === 'single'
      ? [['', (data ?? {}) as Row]]
      : (Array.isArray(data) ? (data as Row[]) : []).map((row, i) => [`${i}.`, row]);
  return rows.flatMap(([prefix, row]) =>
    totals.flatMap((field) => {
      const message = sumProblem(section, field, row);
      return message ? [{ path: `${prefix}${field.key}`, message }] : [];
    }),
  );
}
