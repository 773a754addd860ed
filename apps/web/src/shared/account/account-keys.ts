/** Query keys of the signed-in account; keyed by user id so one user's profile is never shown to the next. */
export const accountKeys = {
  all: ['me'] as const,
  me: (userId: string) => [...accountKeys.all, userId] as const,
};
