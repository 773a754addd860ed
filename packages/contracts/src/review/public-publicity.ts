import { z } from 'zod';

/** `GET /public/publicity` (no login): open 评审结果公示 windows, people named only by masked names. */
export const publicPublicitySchema = z
  .object({
    items: z.array(
      z.object({
        windowId: z.string(),
        startsOn: z.iso.date(),
        endsOn: z.iso.date(),
        note: z.string().nullable(),
        /** The department that runs the publicity (where objections go). */
        department: z.string(),
        applications: z.array(
          z.object({
            id: z.string(),
            /** 张*明: never the full name, never an ID number. */
            maskedName: z.string(),
            unit: z.string(),
            series: z.string(),
            qualification: z.string(),
            committee: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PublicPublicity' });
export type PublicPublicity = z.infer<typeof publicPublicitySchema>;

/** `POST /public/objections` (no login, rate-limited, captcha): an objection (异议) to a publicised result. */
export const objectionCreateSchema = z
  .object({
    windowId: z.uuid(),
    applicationId: z.uuid(),
    name: z.string().trim().min(1, '请填写姓名').max(50),
    contact: z.string().trim().min(5, '请填写联系电话或邮箱').max(100),
    content: z.string().trim().min(10, '异议内容至少10个字').max(2000, '异议内容不超过2000字'),
    captchaId: z.string().min(1, '请完成图形验证码'),
    captchaAnswer: z.string().trim().min(1, '请输入图形验证码'),
  })
  .meta({ id: 'ObjectionCreate' });
export type ObjectionCreate = z.infer<typeof objectionCreateSchema>;

/** `POST /public/objections` → 201: the recorded objection. */
export const objectionCreatedSchema = z.object({ id: z.string() });
export type ObjectionCreated = z.infer<typeof objectionCreatedSchema>;

/** `GET /applications/{id}/objections`: for the department (and the bureau), newest first. */
export const objectionListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        contact: z.string(),
        content: z.string(),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'ObjectionList' });
export type ObjectionList = z.infer<typeof objectionListSchema>;

/** 张三明 → 张*明, 张三 → 张*, 欧阳小明 → 欧**明. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
