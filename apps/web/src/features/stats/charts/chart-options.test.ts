import { describe, expect, it } from 'vitest';
import { groupOption } from './chart-options';

describe('chart options', () => {
  it('stacks approved, rejected and the rest still in progress for each group', () => {
    const option = groupOption(
      [
        { id: 's1', name: '工程技术', total: 10, approved: 5, rejected: 1, passRate: 5 / 6 },
        { id: 's2', name: '卫生技术', total: 3, approved: 0, rejected: 0, passRate: null },
      ],
      { approved: '评审通过', rejected: '未通过', open: '评审中' },
    ) as { yAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.yAxis.data).toEqual(['工程技术', '卫生技术']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['评审通过', [5, 0]],
      ['未通过', [1, 0]],
      ['评审中', [4, 3]],
    ]);
  });
});
