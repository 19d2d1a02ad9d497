import type { RfmRun, SleepAlert } from '../../core';
import { escapeHtml } from '../render/escape-html';
import { formatMoney } from '../render/format';
import { segmentName } from './names';
import type { RenderContext } from './types';

/**
 * One alert as three or four lines of HTML (each line closes its own tags, so a split at any line break is safe):
 * name and id with the segment; status, recency and value at risk; the manager (for people who see everyone);
 * the suggested action. Every data value is escaped.
 * @example alertLines(alert, 1, run, rc, false)[0] // → "1. <b>Иван &lt;b&gt;</b> · <code>c1</code> — Чемпионы"
 */
export function alertLines(a: SleepAlert, n: number, run: RfmRun, rc: RenderContext, showManager: boolean): string[] {
  const status =
    a.status === 'approaching'
      ? rc.t('alert-approaching-left', { days: a.daysLeft })
      : rc.t('alert-crossed-ago', { days: -a.daysLeft });
  const lines = [
    rc.t('alert-line-1', {
      n,
      name: escapeHtml(a.name ?? a.customerId),
      id: escapeHtml(a.customerId),
      segment: escapeHtml(segmentName(run, a.segment, rc.lang)),
    }),
    '   ' +
      rc.t('alert-line-2', {
        status,
        recency: a.recencyDays,
        money: escapeHtml(formatMoney(a.valueAtRiskCents, rc.currency, rc.lang)),
      }),
  ];
  if (showManager && a.manager) lines.push('   ' + rc.t('alert-line-manager', { manager: escapeHtml(a.manager) }));
  lines.push(
    '   ' + rc.t('alert-line-action', { channel: escapeHtml(a.action.channel[rc.lang]), offer: escapeHtml(a.action.offer[rc.lang]) }),
  );
  return lines;
}
