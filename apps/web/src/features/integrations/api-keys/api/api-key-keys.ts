/** Query keys of the caller's API keys (the unit's, or the bureau's). */
export const apiKeyKeys = {
  all: ['api-keys'] as const,
  list: () => [...apiKeyKeys.all, 'list'] as const,
};
