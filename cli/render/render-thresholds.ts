import type { AxisTable, RfmRun } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { formatNumber, formatPercent } from '../format/format-number';
import { renderCsv } from '../format/render-csv';
import { renderTable } from '../format/render-table';
import { label } from './labels';

const AXES = ['recency', 'frequency', 'monetary'] as const;
type Axis = (typeof AXES)[number];

function valueText(axis: Axis, v: number, lang: Lang): string {
  return axis === 'monetary' ? formatMoney(v, lang) : formatNumber(v, lang);
}

/** "[30, 61)", "≥ 250", "< 5", "12–40" (observed range of a quantile score), "—" for an empty score. */
function rangeText(axis: Axis, band: AxisTable['bands'][number], lang: Lang): string {
  const { lower, upper, upperInclusive } = band;
  if (lower === null && upper === null) return band.customers ? (lang === 'ru' ? 'все' : 'all') : '—';
  if (lower === null) return `${upperInclusive ? '≤' : '<'} ${valueText(axis, upper as number, lang)}`;
  if (upper === null) return `≥ ${valueText(axis, lower, lang)}`;
  if (upperInclusive && lower === upper) return valueText(axis, lower, lang);
  return `[${valueText(axis, lower, lang)}; ${valueText(axis, upper, lang)}${upperInclusive ? ']' : ')'}`;
}

/** The threshold table: per axis the method, the cut points actually used, and per score its range, customers and share. */
export function renderThresholdsTable(run: RfmRun, lang: Lang): string {
  const parts: string[] = [];
  for (const axis of AXES) {
    const t = run.axes[axis];
    const cuts = t.cuts.map((c) => (c === null ? '—' : valueText(axis, c, lang))).join(lang === 'ru' ? '; ' : ', ');
    parts.push(`${label(lang, axis)} · ${label(lang, t.method)} · ${label(lang, 'cuts')}: ${cuts || '—'}`);
    const bands = [...t.bands].sort((a, b) => b.score - a.score);
    parts.push(
      renderTable(
        [
          { title: label(lang, 'score'), align: 'right' },
          { title: label(lang, 'range') },
          { title: label(lang, 'customers'), align: 'right' },
          { title: label(lang, 'share'), align: 'right' },
        ],
        bands.map((b) => [String(b.score), rangeText(axis, b, lang), formatNumber(b.customers, lang), formatPercent(b.share, lang)]),
      ),
      '',
    );
  }
  return parts.join('\n').trimEnd();
}

/** One screen's version: a row per score with the R, F and M ranges side by side (the demo's view). */
export function renderThresholdsCompact(run: RfmRun, lang: Lang): string {
  const rows: string[][] = [];
  for (let score = run.scale; score >= 1; score--) {
    rows.push([
      String(score),
      ...AXES.map((axis) => {
        const band = run.axes[axis].bands.find((b) => b.score === score);
        return band ? `${rangeText(axis, band, lang)} (${formatNumber(band.customers, lang)})` : '—';
      }),
    ]);
  }
  const method = (axis: Axis): string => (run.axes[axis].method === 'quantile' ? 'q' : 't');
  return renderTable(
    [
      { title: label(lang, 'score'), align: 'right' },
      { title: `${label(lang, 'recency')} [${method('recency')}]` },
      { title: `${label(lang, 'frequency')} [${method('frequency')}]` },
      { title: `${label(lang, 'monetary')} [${method('monetary')}]` },
    ],
    rows,
  );
}

/** The threshold tables as one JSON object (values in days, purchases and cents, as core computed them). */
export function thresholdsJson(run: RfmRun): object {
  return {
    asOf: run.asOfIso,
    window: { days: run.window.days, start: run.window.startIso, end: run.asOfIso },
    scale: run.scale,
    units: { recency: 'days', frequency: 'purchases', monetary: 'cents' },
    axes: run.axes,
  };
}

/** The threshold tables as CSV: one line per axis and score. */
export function thresholdsCsv(run: RfmRun): string {
  const rows: unknown[][] = [];
  for (const axis of AXES) {
    const t = run.axes[axis];
    for (const b of t.bands) {
      rows.push([axis, t.method, b.score, b.lower, b.upper, b.upperInclusive, b.customers, b.share, b.observedMin, b.observedMax]);
    }
  }
  return renderCsv(['axis', 'method', 'score', 'lower', 'upper', 'upper_inclusive', 'customers', 'share', 'observed_min', 'observed_max'], rows);
}
