/** Query keys of the public 评审结果公示 page. */
export const publicPublicityKeys = {
  all: ['public-publicity'] as const,
  list: () => [...publicPublicityKeys.all, 'list'] as const,
};
