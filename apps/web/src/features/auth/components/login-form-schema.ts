import { loginRequestSchema } from '@zhicheng/contracts';
import type { z } from 'zod';

/** The fields a person types; the captcha id comes from the image the server sent. */
export const loginFormSchema = loginRequestSchema.pick({
  username: true,
  password: true,
  captchaAnswer: true,
});
export type LoginFormValues = z.input<typeof loginFormSchema>;
