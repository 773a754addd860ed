import type { Stats } from '@zhicheng/contracts';
import type { EChartsCoreOption } from 'echarts/core';

type NamedValue = { name: string; value: number };
type GroupSeriesNames = { approved: string; rejected: string; open: string };

// Approved green, rejected red, in progress the theme's blue: the same meaning as the status tags.
const colors = { approved: '#389e0d', rejected: '#cf1322', open: '#1d5fbf' };

export function funnelOption(steps: NamedValue[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        minSize: '8%',
        left: '5%',
        width: '60%',
        // Beside the shape, not in it: a stage with few applications is too narrow for its name.
        label: { show: true, position: 'right', formatter: '{b}：{c} 人', color: '#1f1f1f' },
        data: steps,
      },
    ],
  };
}

export function statusOption(statuses: NamedValue[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: statuses.map((s) => s.name) },
    series: [{ type: 'bar', data: statuses.map((s) => s.value), itemStyle: { color: colors.open } }],
  };
}

/** Stacked bars per series or committee: approved, rejected and the rest still in progress. */
export function groupOption(rows: Stats['bySeries'], names: GroupSeriesNames): EChartsCoreOption {
  const stack = (key: keyof GroupSeriesNames, values: number[]) => ({
    name: names[key],
    type: 'bar',
    stack: 'total',
    itemStyle: { color: colors[key] },
    data: values,
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
    series: [
      stack(
        'approved',
        rows.map((r) => r.approved),
      ),
      stack(
        'rejected',
        rows.map((r) => r.rejected),
      ),
      stack(
        'open',
        rows.map((r) => r.total - r.approved - r.rejected),
      ),
    ],
  };
}
