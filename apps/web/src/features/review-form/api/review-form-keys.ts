/** Query keys of the review form (评审表): the public verification of a printed form's code. */
export const reviewFormKeys = {
  all: ['review-form'] as const,
  verification: (code: string) => [...reviewFormKeys.all, 'verification', code] as const,
};
