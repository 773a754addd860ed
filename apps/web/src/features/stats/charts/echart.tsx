import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import type { MountedChart } from './mount-chart';

type EChartProps = {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers (the tables beside it carry the numbers). */
  label: string;
  height?: number;
};

/** A chart drawn by ECharts, which loads on first use (a chunk of its own, out of every other page). */
export function EChart({ option, label, height = 280 }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<MountedChart | null>(null);

  useEffect(() => {
    let mounted: MountedChart | null = null;
    let cancelled = false;
    void import('./mount-chart').then(({ mountChart }) => {
      if (cancelled || !box.current) return;
      mounted = mountChart(box.current);
      setChart(mounted);
    });
    return () => {
      cancelled = true;
      mounted?.dispose();
    };
  }, []);

  useEffect(() => chart?.update(option), [chart, option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      aria-busy={!chart}
      className="stats-chart"
      style={{ height }}
    />
  );
}
