import { z } from 'zod';
import { newPasswordSchema } from './password-policy.js';
import { roleSchema } from './roles.js';

export const meResponseSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    role: roleSchema,
    name: z.string(),
    mustChangePassword: z.boolean(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    department: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** A committee reviewer's committee; `expertCount` (set by the bureau) is the quorum of its meetings. */
    committee: z
      .object({ id: z.string(), name: z.string(), expertCount: z.number().int().nullable() })
      .nullable(),
  })
  .meta({ id: 'Me' });
export type MeResponse = z.infer<typeof meResponseSchema>;

/** Body of `POST /me/password`; the web form adds a confirmation field on top. */
export const changePasswordRequestSchema = z
  .object({
    currentPassword: z.string().min(1, '请输入当前密码').max(128),
    newPassword: newPasswordSchema,
  })
  .refine((b) => b.newPassword !== b.currentPassword, {
    path: ['newPassword'],
    message: '新密码不能与当前密码相同',
  })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
