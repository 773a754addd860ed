import { z } from 'zod';
import { text } from '../validation/text.js';
import { roleSchema } from './roles.js';

export const loginRequestSchema = z
  .object({
    username: text().trim().min(1, '请输入用户名').max(64),
    password: z.string().min(1, '请输入密码').max(128),
    captchaId: z.uuid('图形验证码已失效，请刷新').optional(),
    captchaAnswer: text().max(16).optional(),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z
  .object({
    id: z.string(),
    role: roleSchema,
    name: z.string(),
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z
  .object({
    accessToken: z.string(),
    expiresIn: z.number().int().describe('seconds until the access token expires'),
    user: sessionUserSchema,
  })
  .meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const captchaResponseSchema = z.object({ id: z.string(), svg: z.string() }).meta({ id: 'Captcha' });
export type CaptchaResponse = z.infer<typeof captchaResponseSchema>;
