import type { Ledger } from '../ledger/types';
import type { Period } from './period';
import type { SnapshotAt } from './types';
import { isHoldout } from './is-holdout';
import { incrementality, type Incrementality } from './incrementality';

/** Holdout split and outcome of one segment (or of the whole audience when `segment` is null). */
export interface HoldoutRow {
  segment: string | null;
  contacted: { customers: number; buyers: number };
  holdout: { customers: number; buyers: number };
  holdoutIds: string[];
  result: Incrementality;
}

/**
 * Holdout experiment over a period: the audience = customers scored at the period start (in `segments`, all when
 * absent), split per customer by {@link isHoldout}(customer, campaign, share); buyers = customers with a purchase
 * in the period. Returns one row per segment (segment at the start) and a total row, each with incrementality.
 *
 * @example holdoutReport(ledger, parsePeriod('2025-Q3'), snapshotAt, 'autumn').slice(-1)[0].result.verdict // → "too-small"
 */
export function holdoutReport(
  ledger: Ledger,
  period: Period,
  snapshotAt: SnapshotAt,
  campaign: string,
  options: { share?: number; segments?: readonly string[] } = {},
): HoldoutRow[] {
  const snap = snapshotAt(period.start);
  const share = options.share ?? 0.1;
  const rows = new Map<string | null, HoldoutRow>();
  const row = (segment: string | null): HoldoutRow => {
    let r = rows.get(segment);
    if (!r) {
      r = { segment, contacted: { customers: 0, buyers: 0 }, holdout: { customers: 0, buyers: 0 }, holdoutIds: [], result: null as unknown as Incrementality };
      rows.set(segment, r);
    }
    return r;
  };
  for (const c of ledger.customers) {
    const a = snap.customers.get(c.id);
    if (!a) continue;
    if (options.segments && options.segments.length > 0 && !options.segments.includes(a.segment)) continue;
    const held = isHoldout(c.id, campaign, share);
    let bought = false;
    for (const o of c.orders) if (o.day >= period.start && o.day < period.end && o.netCents > 0) { bought = true; break; }
    for (const r of [row(a.segment), row(null)]) {
      const g = held ? r.holdout : r.contacted;
      g.customers++;
      if (bought) g.buyers++;
      if (held) r.holdoutIds.push(c.id);
    }
  }
  row(null);
  const order = snap.rank;
  const out = [...rows.values()].sort((x, y) => {
    if (x.segment === null) return 1;
    if (y.segment === null) return -1;
    const rx = order.indexOf(x.segment);
    const ry = order.indexOf(y.segment);
    return (rx < 0 ? Infinity : rx) - (ry < 0 ? Infinity : ry);
  });
  for (const r of out) r.result = incrementality(r.contacted, r.holdout);
  return out;
}
