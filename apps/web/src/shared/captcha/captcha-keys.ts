/** Query keys of the image captcha (sign-in, public forms). */
export const captchaKeys = {
  captcha: () => ['auth', 'captcha'] as const,
};
