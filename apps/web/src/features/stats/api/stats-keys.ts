/** Query keys of the dashboards (概览, 统计与导出, the department's 统计). */
export const statsKeys = {
  all: ['stats'] as const,
  cycles: () => [...statsKeys.all, 'cycles'] as const,
  detail: (cycleId: string | null) => [...statsKeys.all, 'detail', cycleId] as const,
};
