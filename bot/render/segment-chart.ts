import type { TopLevelSpec } from 'vega-lite';
import { renderChartPng } from './render-chart';

/** One bar of the segment chart. */
export interface SegmentBar {
  label: string;
  customers: number;
}

/**
 * The segments chart: one horizontal bar per segment, customers on the axis, largest first.
 * @param title chart title in the user's language
 * @param axisTitle the count axis title, e.g. "Клиенты"
 * @example (await segmentChartPng([{ label: 'Чемпионы', customers: 12 }], 'Сегменты', 'Клиенты')).length > 0 // → true
 */
export async function segmentChartPng(bars: SegmentBar[], title: string, axisTitle: string): Promise<Buffer> {
  // Many subscribers share a chart (same manager, same language): render each distinct chart once.
  const key = JSON.stringify([bars, title, axisTitle]);
  let png = cache.get(key);
  if (!png) {
    png = renderChartPng(segmentChartSpec(bars, title, axisTitle));
    png.catch(() => cache.delete(key));
    if (cache.size >= 64) cache.delete(cache.keys().next().value!);
    cache.set(key, png);
  }
  return png;
}

const cache = new Map<string, Promise<Buffer>>();

/** The vega-lite spec behind {@link segmentChartPng}. */
export function segmentChartSpec(bars: SegmentBar[], title: string, axisTitle: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 420,
    height: { step: 22 },
    data: { values: bars.map((b) => ({ label: b.label, customers: b.customers })) },
    mark: { type: 'bar', color: '#3b6fb6' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: '-x', title: null },
      x: { field: 'customers', type: 'quantitative', title: axisTitle },
    },
  };
}
