import { z } from 'zod';
import { levelSchema } from './catalog.js';

const name = (label: string, max = 100) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字符`);
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,40}$/, '编码为 1–40 位字母、数字或“-”');

export const seriesCreateSchema = z.object({ code, name: name('系列名称') }).meta({ id: 'SeriesCreate' });
export const seriesUpdateSchema = z
  .object({ name: name('系列名称'), active: z.boolean() })
  .partial()
  .strict()
  .meta({ id: 'SeriesUpdate' });

export const specialtyCreateSchema = z
  .object({ code, name: name('专业名称'), group: z.string().trim().max(50).nullable().optional() })
  .meta({ id: 'SpecialtyCreate' });
export const specialtyUpdateSchema = z
  .object({ name: name('专业名称'), group: z.string().trim().max(50).nullable(), active: z.boolean() })
  .partial()
  .strict()
  .meta({ id: 'SpecialtyUpdate' });

export const qualificationCreateSchema = z
  .object({ level: levelSchema, name: name('资格名称') })
  .meta({ id: 'QualificationCreate' });
export const qualificationUpdateSchema = z
  .object({ name: name('资格名称'), active: z.boolean() })
  .partial()
  .strict()
  .meta({ id: 'QualificationUpdate' });

export const departmentCreateSchema = z.object({ name: name('部门名称') }).meta({ id: 'DepartmentCreate' });
export const departmentUpdateSchema = z
  .object({ name: name('部门名称'), active: z.boolean() })
  .partial()
  .strict()
  .meta({ id: 'DepartmentUpdate' });

const committeeFields = {
  code,
  name: name('评委会名称', 200),
  departmentId: z.uuid('请选择日常工作部门'),
  seriesId: z.uuid('请选择申报系列'),
  levels: z.array(levelSchema).min(1, '至少选择一个级别'),
  specialtyIds: z.array(z.uuid()).describe('empty = every specialty of the series'),
  pilot: z.boolean(),
  /** The committee's number of experts (评委会专家总数): sets the quorum; null when not recorded. */
  expertCount: z.number().int().min(1, '专家人数至少为1').max(500).nullable().optional(),
};
export const committeeCreateSchema = z.object(committeeFields).meta({ id: 'CommitteeCreate' });
export const committeeUpdateSchema = z
  .object({ ...committeeFields, active: z.boolean() })
  .omit({ code: true })
  .partial()
  .strict()
  .meta({ id: 'CommitteeUpdate' });

export const cycleCreateSchema = z
  .object({
    name: name('批次名称'),
    year: z.number().int().min(2000, '年度不正确').max(2100, '年度不正确'),
    opensAt: z.iso.datetime({ offset: true, error: '请填写开始时间' }),
    closesAt: z.iso.datetime({ offset: true, error: '请填写截止时间' }),
    unitPublicityRequired: z.boolean().default(true),
  })
  .refine((c) => Date.parse(c.closesAt) > Date.parse(c.opensAt), {
    path: ['closesAt'],
    message: '截止时间须晚于开始时间',
  })
  .meta({ id: 'CycleCreate' });
export const cycleUpdateSchema = z
  .object({
    name: name('批次名称'),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    unitPublicityRequired: z.boolean(),
  })
  .partial()
  .strict()
  .meta({ id: 'CycleUpdate' });

/** The bureau's view of the catalogue: everything, inactive entries included. */
export const adminCatalogSchema = z
  .object({
    series: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        active: z.boolean(),
        specialties: z.array(
          z.object({
            id: z.string(),
            code: z.string(),
            name: z.string(),
            group: z.string().nullable(),
            active: z.boolean(),
          }),
        ),
        qualifications: z.array(
          z.object({ id: z.string(), level: levelSchema, name: z.string(), active: z.boolean() }),
        ),
      }),
    ),
    departments: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean() })),
    committees: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        departmentId: z.string(),
        seriesId: z.string(),
        levels: z.array(levelSchema),
        specialtyIds: z.array(z.string()),
        pilot: z.boolean(),
        expertCount: z.number().int().nullable(),
        active: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'AdminCatalog' });
