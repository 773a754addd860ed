/** Query keys of the cycle open for applications now (申报首页, step 1); the bureau's list is `cycleKeys`. */
export const openCycleKeys = {
  all: ['open-cycle'] as const,
};
