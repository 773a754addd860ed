import { z } from 'zod';
import source from './sections.json' with { type: 'json' };

export const fieldTypes = [
  'text',
  'textarea',
  'number',
  'date',
  'yearMonth',
  'select',
  'email',
  'mobile',
  'idNumber',
  'photo',
] as const;
export type FieldType = (typeof fieldTypes)[number];

const fieldDefinitionSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    type: z.enum(fieldTypes),
    required: z.boolean(),
    maxLength: z.number().int().positive().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    options: z.array(z.string()).optional(),
    pattern: z.string().optional(),
    /** Extension: the message for a value breaking `pattern` (else the help text, or a generic one). */
    patternMessage: z.string().optional(),
    help: z.string().optional(),
    group: z.string().optional(),
    /** Filled by the system (account, unit, qualification choice); shown read-only. */
    derived: z.string().optional(),
    default: z.string().optional(),
    /** `"<field> = <value>"`: required only when a sibling field has that value. */
    requiredWhen: z
      .string()
      .regex(/^\w+ = .+$/)
      .optional(),
    /**
     * Not in the shared spec file (an extension of this copy): a `yearMonth` end month that may be
     * `"present"` (至今) for a period still running (a current job, studies in progress).
     */
    allowPresent: z.literal(true).optional(),
    /** Extension: a number computed as the sum of these sibling fields (继续教育 合计学时), never typed. */
    sumOf: z.array(z.string()).min(2).optional(),
  })
  .strict()
  .refine((f) => !f.allowPresent || f.type === 'yearMonth', 'allowPresent is for yearMonth fields only')
  .refine((f) => !f.sumOf || f.type === 'number', 'sumOf is for number fields only');
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;

const sectionDefinitionSchema = z
  .object({
    no: z.number().int(),
    key: z.string(),
    title: z.string(),
    kind: z.enum(['single', 'list']),
    requiredForSubmit: z.boolean(),
    maxRows: z.number().int().positive().optional(),
    fields: z.array(fieldDefinitionSchema).min(1),
  })
  .strict()
  .refine(
    (s) =>
      s.fields.every((f) =>
        (f.sumOf ?? []).every((k) => s.fields.some((o) => o.key === k && o.type === 'number')),
      ),
    'sumOf names number fields of the same section',
  );
export type SectionDefinition = z.infer<typeof sectionDefinitionSchema>;

/**
 * The 23 sections of step 2, exactly as `docs/spec/sections.json` defines them (keys are API
 * contract). Validated when loaded, so a malformed edit fails every test at once.
 */
export const sectionDefinitions: readonly SectionDefinition[] = z
  .array(sectionDefinitionSchema)
  .parse(source.sections);

export const sectionKeys = sectionDefinitions.map((s) => s.key);

export function findSection(key: string): SectionDefinition | undefined {
  return sectionDefinitions.find((s) => s.key === key);
}

/** Definition properties this copy adds to the shared spec file (the spec test ignores them). */
export const definitionExtensions = ['allowPresent', 'sumOf', 'patternMessage'] as const;

/** `{ field, value }` of a `requiredWhen` condition. */
export function parseRequiredWhen(condition: string): { field: string; value: string } {
  const [field = '', value = ''] = condition.split(' = ');
  return { field: field.trim(), value: value.trim() };
}
