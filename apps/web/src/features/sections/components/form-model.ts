import {
  type FieldDefinition,
  type FieldError,
  parseRequiredWhen,
  type SectionDefinition,
  sectionShapeSchema,
} from '@zhicheng/contracts';
import { z } from 'zod';

export type Row = Record<string, unknown>;
/** A single section's values are its fields; a list section's form holds `{ rows }`. */
export type FormValues = Record<string, unknown>;

/** Fields the system overwrites on every save (the employer is only prefilled, so stays editable). */
export function isSystemField(field: FieldDefinition): boolean {
  return Boolean(field.derived) && !field.derived?.includes('(editable)');
}

/** Whether the field must be filled for the section to be 已填报, given the row's other values. */
export function isRequiredNow(field: FieldDefinition, row: Row): boolean {
  if (!field.requiredWhen) return field.required;
  const { field: other, value } = parseRequiredWhen(field.requiredWhen);
  return row[other] === value;
}

/** The same shape schema the server validates a save with, wrapped for a list section's form. */
export function formSchema(section: SectionDefinition): z.ZodType {
  const shape = sectionShapeSchema(section);
  return section.kind === 'list' ? z.object({ rows: shape }) : shape;
}

/** The schema of one row of a list section (its shape schema is an array of these). */
export function rowSchema(section: SectionDefinition): z.ZodType {
  const shape = sectionShapeSchema(section);
  return shape instanceof z.ZodArray ? (shape.element as z.ZodType) : shape;
}

export function emptyRow(section: SectionDefinition): Row {
  return Object.fromEntries(section.fields.map((f) => [f.key, f.default ?? null]));
}

export function toFormValues(section: SectionDefinition, data: unknown): FormValues {
  if (section.kind === 'list') return { rows: Array.isArray(data) ? data : [] };
  return { ...emptyRow(section), ...(data && typeof data === 'object' ? data : {}) };
}

/** What a PUT sends: the parsed form values (empty text becomes null), rows unwrapped. */
export function toPayload(section: SectionDefinition, values: FormValues): unknown {
  const parsed = formSchema(section).parse(values) as FormValues;
  return section.kind === 'list' ? parsed.rows : parsed;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Deep equality where '', null and a missing value are all "not filled". */
export function sameValues(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValues(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValues((a as Row)[k], (b as Row)[k]));
  }
  return a === b;
}

/** Server paths are relative to `data` in a 400 (`data.0.school`) and to the data otherwise (`0.school`). */
export function dataPath(path: string): string {
  return path.startsWith('data.') ? path.slice(5) : path;
}

/** The errors of row `index`, with paths relative to the row. */
export function rowErrors(errors: readonly FieldError[], index: number): FieldError[] {
  const prefix = `${index}.`;
  return errors
    .map((e) => ({ ...e, path: dataPath(e.path) }))
    .filter((e) => e.path.startsWith(prefix))
    .map((e) => ({ ...e, path: e.path.slice(prefix.length) }));
}

/** Fields by their `group` (in order of first appearance); ungrouped fields form one unnamed group. */
export function groupFields(
  fields: readonly FieldDefinition[],
): { title: string | null; fields: FieldDefinition[] }[] {
  const groups = new Map<string | null, FieldDefinition[]>();
  for (const field of fields) {
    const key = field.group ?? null;
    groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  return [...groups].map(([title, list]) => ({ title, fields: list }));
}
