/** Query keys of the bureau's review cycles (申报批次). */
export const cycleKeys = {
  all: ['cycles'] as const,
  list: () => [...cycleKeys.all, 'list'] as const,
};
