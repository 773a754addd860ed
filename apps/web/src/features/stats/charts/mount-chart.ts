import { BarChart, FunnelChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboards draw: tree-shaken ECharts keeps this lazy chunk small. SVG (not canvas) so
// text stays crisp when zoomed and the chart renders in tests without a canvas.
use([BarChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type MountedChart = { update(option: EChartsCoreOption): void; dispose(): void };

/**
 * One ECharts instance in `element`, resized with its box. Plain functions, no React: this module is
 * the lazy chunk, and importing nothing the app's other chunks share keeps the bundler's split of
 * those (and with it the login bundle) as it is.
 */
export function mountChart(element: HTMLElement): MountedChart {
  const chart = init(element, undefined, { renderer: 'svg', locale: 'ZH' });
  // jsdom (tests) has no ResizeObserver; browsers always do.
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
  observer?.observe(element);
  return {
    // No ECharts aria: it would overwrite the container's label; the label and the tables speak for it.
    update: (option) => chart.setOption(option, true),
    dispose: () => {
      observer?.disconnect();
      chart.dispose();
    },
  };
}
