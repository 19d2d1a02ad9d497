import type { Snapshot } from '../data/snapshot-provider';
import { seesAll, visibleTo } from '../access/visible-customers';
import { escapeHtml } from '../render/escape-html';
import { formatDay, formatMoney, formatPercent } from '../render/format';
import { segmentChartPng } from '../render/segment-chart';
import { CAPTION_LIMIT } from '../render/split-message';
import type { Person } from '../storage';
import { segmentName } from './names';
import type { OutMessage, RenderContext } from './types';

/**
 * The segments view for a person: a chart image (customers per segment) and a text table. Heads see core's
 * segment summary (customers, share, revenue reconciled to the ledger); a manager sees how many of their own
 * customers are in each segment (a count of core's per-customer segments) and their revenue in the window.
 * @example (await buildSegmentsDigest(snap, head, rc)).map(m => m.kind) // → ["photo", "text"]
 */
export async function buildSegmentsDigest(snap: Snapshot, person: Person, rc: RenderContext): Promise<OutMessage[]> {
  const run = snap.run;
  let rows: { name: string; customers: number; revenueCents: number }[];
  if (seesAll(person)) {
    rows = run.summary.rows.map((r) => ({ name: segmentName(run, r.group, rc.lang), customers: r.customers, revenueCents: r.revenueCents }));
  } else {
    const mine = visibleTo(person, run.customers);
    const by = new Map<string, { customers: number; revenueCents: number }>();
    for (const c of mine) {
      const g = by.get(c.segment) ?? { customers: 0, revenueCents: 0 };
      g.customers++;
      g.revenueCents += c.monetaryCents;
      by.set(c.segment, g);
    }
    rows = [...by].map(([seg, g]) => ({ name: segmentName(run, seg, rc.lang), ...g }));
  }
  rows = rows.filter((r) => r.customers > 0).sort((a, b) => b.customers - a.customers);
  const total = rows.reduce((s, r) => s + r.customers, 0);
  const date = formatDay(snap.day, rc.lang);
  const lines = [rc.t('segments-title', { date: escapeHtml(date), count: total })];
  for (const r of rows) {
    lines.push(
      rc.t('segments-line', {
        name: escapeHtml(r.name),
        customers: r.customers,
        share: escapeHtml(formatPercent(total ? (100 * r.customers) / total : 0, rc.lang)),
        revenue: escapeHtml(formatMoney(r.revenueCents, rc.currency, rc.lang)),
      }),
    );
  }
  const out: OutMessage[] = [];
  if (rows.length) {
    const png = await segmentChartPng(
      rows.map((r) => ({ label: r.name, customers: r.customers })),
      rc.t('segments-chart-title'),
      rc.t('segments-chart-axis'),
    );
    const caption = rc.t('segments-caption', { date: escapeHtml(date), count: total }).slice(0, CAPTION_LIMIT);
    out.push({ kind: 'photo', png, caption, filename: 'segments.png' });
  }
  out.push({ kind: 'text', html: lines.join('\n') });
  return out;
}
