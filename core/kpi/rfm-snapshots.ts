import type { RunConfig } from '../config/run-config';
import type { Ledger } from '../ledger/types';
import { runRfm, type RfmRun } from '../rfm/run-rfm';
import { resolveSegmentRules } from '../segments/resolve-segment-rules';
import { isoFromDay } from '../time/civil-day';
import type { SegmentAssignment, SegmentSnapshot, SnapshotAt } from './types';
import { segmentRankFromRules } from './segment-rank-from-rules';

/**
 * The segment snapshot of one RFM run: every scored customer's segment, scores, track, recency and own boundary.
 * @example snapshotFromRun(run).customers.get('c1')?.segment // → "Champions"
 */
export function snapshotFromRun(run: RfmRun, rank?: readonly string[]): SegmentSnapshot {
  const rules = run.segmentRules;
  const rows = run.customers;
  const snapshot: SegmentSnapshot = {
    asOf: run.asOf,
    customers: undefined as unknown as ReadonlyMap<string, SegmentAssignment>,
    rank: rank ?? segmentRankFromRules(rules.rules, rules.other.name),
    sleepBoundaryDays: run.sleep.boundaryDays,
    rows,
  };
  // The run's rows already carry every SegmentAssignment field: index them, no copies. The index is built on
  // first read: the KPI context pairs `rows` with the ledger's customers and never needs it.
  Object.defineProperty(snapshot, 'customers', {
    configurable: true,
    enumerable: true,
    get() {
      const customers = new Map<string, SegmentAssignment>();
      for (const c of rows) customers.set(c.customerId, c);
      Object.defineProperty(snapshot, 'customers', { value: customers, writable: true, configurable: true, enumerable: true });
      return customers;
    },
  });
  return snapshot;
}

/**
 * Segments at any date, the only way the KPIs get segments: `snapshotAt(day)` = `runRfm(ledger, config with
 * asOf = day)` (orders dated `day` or later ignored), cached per day, so a rerun gives the same answer and no
 * stored history is needed. `rank` overrides the best-first segment order (default: {@link segmentRankFromRules}).
 *
 * @example rfmSnapshots(ledger, parseRunConfig({}))(dayFromIso('2025-07-01')!).asOf // → 20270
 */
export function rfmSnapshots(ledger: Ledger, config: RunConfig, rank?: readonly string[]): SnapshotAt {
  const cache = new Map<number, SegmentSnapshot>();
  const order = rank ?? segmentRankFromRules(resolveSegmentRules(config).rules, config.otherSegment);
  return (day: number) => {
    let s = cache.get(day);
    if (!s) {
      s = snapshotFromRun(runRfm(ledger, { ...config, asOf: isoFromDay(day) }), order);
      cache.set(day, s);
    }
    return s;
  };
}
