/**
 * The Thresholds tab: the cut points actually used per axis and score, the share of customers per
 * score, and the sleep boundary with its per-segment and per-track estimates.
 */
import type { AxisTable, BoundaryEstimate, RfmRun } from '../../../core/index';
import { bi, type Lang } from '../i18n';
import type { Block, ColumnKind, OutCell, TabSpec } from '../sheet-io';
import type { TabContext } from './context';

function axisBlock(lang: Lang, title: string, table: AxisTable, unit: 'days' | 'orders' | 'cents'): Block {
  const conv = (v: number | null) => (v === null ? null : unit === 'cents' ? v / 100 : v);
  const kind: ColumnKind = unit === 'cents' ? 'money' : 'integer';
  const method = table.method === 'quantile' ? bi(lang, 'квантили', 'quantile') : bi(lang, 'пороги', 'thresholds');
  const rows: OutCell[][] = table.bands.map((b) => [
    b.score,
    conv(b.lower),
    conv(b.upper),
    b.upper === null ? null : b.upperInclusive ? bi(lang, 'включительно', 'inclusive') : bi(lang, 'не включая', 'exclusive'),
    b.customers,
    b.share,
    conv(b.observedMin),
    conv(b.observedMax),
  ]);
  return {
    title: `${title} · ${method}`,
    header: [
      bi(lang, 'Балл', 'Score'),
      bi(lang, 'От', 'From'),
      bi(lang, 'До', 'To'),
      bi(lang, 'Верхняя граница', 'Upper bound'),
      bi(lang, 'Клиентов', 'Customers'),
      bi(lang, 'Доля', 'Share'),
      bi(lang, 'Мин. в данных', 'Min observed'),
      bi(lang, 'Макс. в данных', 'Max observed'),
    ],
    kinds: ['score', kind, kind, 'text', 'integer', 'percent', kind, kind],
    rows,
    scoreColumns: [0],
  };
}

function estimateRow(lang: Lang, group: string, e: BoundaryEstimate): OutCell[] {
  return e.status === 'ok'
    ? [group, e.days, e.gaps, `p${e.percentile}`]
    : [group, null, e.gaps, e.message[lang]];
}

/** Builds the Thresholds tab from a run. */
export function thresholdsTab(run: RfmRun, ctx: TabContext): TabSpec {
  const { lang } = ctx;
  const sleepHeader = [bi(lang, 'Группа', 'Group'), bi(lang, 'Граница, дней', 'Boundary, days'), bi(lang, 'Интервалов', 'Gaps'), bi(lang, 'Как найдена', 'How found')];
  const sleepRows: OutCell[][] = [
    [bi(lang, 'Все клиенты (используется)', 'All customers (used)'), run.sleep.boundaryDays, run.sleep.estimate.gaps, run.sleep.description[lang]],
    ...run.sleep.bySegment.map((g) => estimateRow(lang, ctx.segmentName(g.group), g.estimate)),
    ...run.sleep.byTrack.map((g) => estimateRow(lang, ctx.trackName(g.group as Parameters<TabContext['trackName']>[0]), g.estimate)),
  ];
  return {
    blocks: [
      axisBlock(lang, `${bi(lang, 'На дату', 'As of')} ${run.asOfIso} · R: ${bi(lang, 'давность, дней', 'recency, days')}`, run.axes.recency, 'days'),
      axisBlock(lang, `F: ${bi(lang, 'покупок в окне', 'purchases in window')}`, run.axes.frequency, 'orders'),
      axisBlock(lang, `M: ${bi(lang, 'выручка в окне', 'revenue in window')}`, run.axes.monetary, 'cents'),
      {
        title: bi(lang, 'Граница засыпания', 'Sleep boundary'),
        header: sleepHeader,
        kinds: ['text', 'integer', 'integer', 'text'],
        rows: sleepRows,
      },
    ],
    frozenRows: 0,
    scale: run.scale,
    widths: [230, 110, 110, 200, 90, 80, 110, 110],
  };
}
