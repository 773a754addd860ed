import { z } from 'zod';

export const levels = ['员级', '助理级', '中级', '副高级', '正高级'] as const;
export const levelSchema = z.enum(levels, { error: '请选择申报级别' });
export type Level = z.infer<typeof levelSchema>;

/** The five innovative-talent conditions (创新型人才申报条件), as the seed lists them. */
export const innovativeConditions = [
  { id: 1, text: '享受深圳市人民政府特殊津贴人员' },
  { id: 2, text: '近三年内获得省（含副省级）以上自然科学奖、技术发明奖、科技进步奖等奖项之一的主要完成人' },
  { id: 3, text: '近三年内获得一项以上国家发明专利（不含实用新型、外观设计）的主要发明人' },
  { id: 4, text: '深圳市科技创新奖中市长奖获得者、创新奖项目的主要完成人（前三名）或发明专利奖的主要获奖者' },
  {
    id: 5,
    text: '获省级（含副省级）以上优秀企业家称号或广东省企业管理现代化创新成果一等奖主要参与者（前3名）',
  },
] as const;

export const catalogSchema = z
  .object({
    levels: z.array(levelSchema),
    series: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        specialties: z.array(z.object({ id: z.string(), name: z.string(), group: z.string().nullable() })),
        qualifications: z.array(z.object({ id: z.string(), level: levelSchema, name: z.string() })),
      }),
    ),
    departments: z.array(z.object({ id: z.string(), name: z.string() })),
    committees: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        departmentId: z.string(),
        seriesId: z.string(),
        levels: z.array(levelSchema),
        specialtyIds: z.array(z.string()).describe('empty = every specialty of the series'),
        pilot: z.boolean(),
      }),
    ),
    innovativeConditions: z.array(z.object({ id: z.number().int(), text: z.string() })),
  })
  .meta({ id: 'Catalog' });
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogCommittee = Catalog['committees'][number];

/**
 * The committees that may review a choice: same series, the level among theirs, and the specialty
 * among theirs (no specialties listed = all of the series). One → chosen automatically; several →
 * the applicant picks; none → not reviewable through this system.
 */
export function committeeCandidates(
  catalog: Pick<Catalog, 'committees'>,
  choice: { seriesId: string; specialtyId: string; level: string },
): CatalogCommittee[] {
  return catalog.committees.filter(
    (c) =>
      c.seriesId === choice.seriesId &&
      (c.levels as readonly string[]).includes(choice.level) &&
      (c.specialtyIds.length === 0 || c.specialtyIds.includes(choice.specialtyId)),
  );
}

export const cycleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    year: z.number().int(),
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    open: z.boolean(),
    /** 单位公示 of at least 5 working days must have ended before the unit approves (default true). */
    unitPublicityRequired: z.boolean(),
  })
  .meta({ id: 'Cycle' });
export type Cycle = z.infer<typeof cycleSchema>;

export const cyclesQuerySchema = z.object({
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
