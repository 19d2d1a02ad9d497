/**
 * KPI test fixture: a hand-checkable RFM config (3-point thresholds; segment by R only) and a small ledger for
 * 2025-Q3 vs 2025-Q2 whose KPIs are worked out by hand in tests/core/kpi/*.test.ts.
 *
 * R score: days since last purchase < 30 → 3, 30..89 → 2, ≥ 90 → 1. Segments: Active (R3), Cooling (R2),
 * Lapsed (R1); rank Active > Cooling > Lapsed. No sleep boundary (manual none, too few gaps to estimate).
 */
import { parseRunConfig } from '../../core/config/run-config';
import type { Ledger } from '../../core/ledger/types';
import { rfmSnapshots } from '../../core/kpi/rfm-snapshots';
import type { SnapshotAt } from '../../core/kpi/types';
import { buildKpiContext, type KpiOptions } from '../../core/kpi/kpi-context';
import { basePeriod, parsePeriod } from '../../core/kpi/period';
import { makeLedger, type FixtureRow } from './make-ledger';

export const KPI_CONFIG = parseRunConfig({
  scale: 3,
  windowDays: 365,
  recency: { method: 'thresholds', cuts: [30, 90] },
  frequency: { method: 'thresholds', cuts: [2, 4] },
  monetary: { method: 'thresholds', cuts: [100, 500] },
  segments: [
    { name: 'Active', r: [3, 3], f: [1, 3], m: [1, 3] },
    { name: 'Cooling', r: [2, 2], f: [1, 3], m: [1, 3] },
    { name: 'Lapsed', r: [1, 1], f: [1, 3], m: [1, 3] },
  ],
  sleep: { personal: false, minGaps: 1000 },
});

/**
 * Six customers around 2025-Q3 (see the tests for the hand-worked values):
 * a (Анна) buys in Q2 and Q3 and a new category in Q3; b (Анна) lapsed, comes back 07-20 in a new category;
 * c (Борис) buys 06-20, then nothing; d (Борис) lapsed, stays away; e (Борис) new in Q3; f (no manager) Q2 buyer
 * with only a refund in Q3.
 */
export const KPI_ROWS: FixtureRow[] = [
  { customer: 'a', date: '2025-04-10', amount: 100, manager: 'Анна', category: 'books' },
  { customer: 'a', date: '2025-05-10', amount: 100, manager: 'Анна', category: 'books' },
  { customer: 'a', date: '2025-07-05', amount: 250, manager: 'Анна', category: 'books' },
  { customer: 'a', date: '2025-08-05', amount: 150, manager: 'Анна', category: 'toys' },
  { customer: 'b', date: '2025-01-10', amount: 200, manager: 'Анна', category: 'books' },
  { customer: 'b', date: '2025-07-20', amount: 80, manager: 'Анна', category: 'toys' },
  { customer: 'c', date: '2025-06-20', amount: 300, manager: 'Борис', category: 'books' },
  { customer: 'd', date: '2024-12-01', amount: 50, manager: 'Борис', category: 'books' },
  { customer: 'e', date: '2025-08-15', amount: 120, manager: 'Борис', category: 'toys' },
  { customer: 'f', date: '2025-05-01', amount: 100, category: 'books' },
  { customer: 'f', date: '2025-07-10', amount: -30, category: 'books' },
];

/** The fixture ledger and its snapshot provider (real runRfm as of each day). */
export function kpiFixture(rows: readonly FixtureRow[] = KPI_ROWS): { ledger: Ledger; snapshotAt: SnapshotAt } {
  const ledger = makeLedger(rows);
  return { ledger, snapshotAt: rfmSnapshots(ledger, KPI_CONFIG) };
}

/**
 * The fixture's KPI context for 2025-Q3 vs 2025-Q2 with weights Active 2, Cooling 1.5, new 1, and the member lists:
 * everyone (indices 0..5 = a..f), Анна's customers (a, b) and Борис's (c, d, e).
 */
export function kpiQ3Context(options: KpiOptions = { weights: { Active: 2, Cooling: 1.5, new: 1 } }) {
  const { ledger, snapshotAt } = kpiFixture();
  const period = parsePeriod('2025-Q3');
  const ctx = buildKpiContext(ledger, period, basePeriod(period), snapshotAt, options);
  return { ledger, snapshotAt, period, ctx, all: [0, 1, 2, 3, 4, 5], anna: [0, 1], boris: [2, 3, 4] };
}

/** A KPI context for 2025-Q3 over the given rows (empty by default), for edge cases. */
export function kpiQ3ContextOf(rows: readonly FixtureRow[] = []) {
  const ledger = makeLedger(rows);
  const period = parsePeriod('2025-Q3');
  return buildKpiContext(ledger, period, basePeriod(period), rfmSnapshots(ledger, KPI_CONFIG));
}

/**
 * x: usual orders of 100 (Jan–Apr), then 40 on 07-01 and 60 on 07-02 (24 h apart, sum 100 = usual) → flagged.
 * y: usual 100 (Jan–Mar), then 100 + 100 on 07-01/07-02 (sum 200, twice the usual) → not flagged.
 * z: two orders a day apart and nothing else (no "usual" to compare) → not flagged.
 */
export const SPLIT_ROWS: FixtureRow[] = [
  ...['01-10', '02-10', '03-10', '04-10'].map((md, i) => ({ customer: 'x', date: `2025-${md}`, amount: 100, order: `x${i + 1}`, manager: 'Анна' })),
  { customer: 'x', date: '2025-07-01', amount: 40, order: 'x5', manager: 'Анна' },
  { customer: 'x', date: '2025-07-02', amount: 60, order: 'x6', manager: 'Анна' },
  ...['01-15', '02-15', '03-15'].map((md, i) => ({ customer: 'y', date: `2025-${md}`, amount: 100, order: `y${i + 1}`, manager: 'Борис' })),
  { customer: 'y', date: '2025-07-01', amount: 100, order: 'y4', manager: 'Борис' },
  { customer: 'y', date: '2025-07-02', amount: 100, order: 'y5', manager: 'Борис' },
  { customer: 'z', date: '2025-07-01', amount: 50, order: 'z1', manager: 'Борис' },
  { customer: 'z', date: '2025-07-02', amount: 50, order: 'z2', manager: 'Борис' },
];

/**
 * L1 a 07-02 won web (a's last purchase 05-10 → 53 days → Cooling)
 * L2 b 07-25 lost phone (b bought 07-20 → 5 days → Active; at the period start b was Lapsed)
 * L3 x 01.08.2025 open web (unknown customer → new)
 * L4 c 09-01 won web (c's last purchase 06-20 → 73 days → Cooling)
 * L5 d 2025-06-15 won (before the period: left out)
 */
export const LEADS_TABLE = [
  ['Лид', 'Клиент', 'Дата создания', 'Дата закрытия', 'Статус', 'Сумма', 'Канал', 'Менеджер', 'Сегмент'],
  ['L1', 'a', '2025-07-02', '2025-07-05', 'won', '250', 'web', 'Анна', 'Cooling'],
  ['L2', 'b', '2025-07-25', '2025-08-01', 'Проиграна', '1 000,50', 'phone', 'Анна', 'Lapsed'],
  ['L3', 'x', '01.08.2025', '', 'в работе', '', 'web', 'Борис', ''],
  ['L4', 'c', '2025-09-01', '2025-09-10', 'выиграна', 300, 'web', 'Борис', 'Cooling'],
  ['L5', 'd', '2025-06-15', '2025-06-20', 'won', 50, 'web', 'Борис', 'Lapsed'],
];
