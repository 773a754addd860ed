/** Query keys of the sign-in page. */
export const authKeys = {
  captcha: () => ['auth', 'captcha'] as const,
};
