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

/**
 * `GET /auth/captcha/text`: the non-image alternative to the image captcha (WCAG 3.3.8, GB/T 37668),
 * a short arithmetic question in plain text; answered through the same `captchaId`/`captchaAnswer`.
 */
export const textCaptchaResponseSchema = z
  .object({ id: z.string(), question: z.string().describe('e.g. 「7 加 5 等于几？」, answered in digits') })
  .meta({ id: 'TextCaptcha' });
export type TextCaptchaResponse = z.infer<typeof textCaptchaResponseSchema>;
