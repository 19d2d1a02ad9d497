import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../../core/config/run-config';
import { runRfm } from '../../../core/rfm/run-rfm';
import { dayFromIso, isoFromDay } from '../../../core/time/civil-day';
import { makeLedger, type FixtureRow } from '../../helpers/make-ledger';

// As of 2025-04-01 with a 90-day window [2025-01-01, 2025-04-01), scale 3 (billz rules),
// recency thresholds [14, 60] (< 14 → 3, [14, 60) → 2, ≥ 60 → 1), F and M by quantile.
const rows: FixtureRow[] = [
  { customer: 'A', date: '2025-02-01', amount: 50, manager: 'Olga', name: 'Anna' },
  { customer: 'A', date: '2025-03-01', amount: 50 },
  { customer: 'A', date: '2025-03-25', amount: 100, manager: 'Olga' },
  { customer: 'B', date: '2025-01-15', amount: 30 },
  { customer: 'B', date: '2025-03-11', amount: 30 },
  { customer: 'C', date: '2025-02-15', amount: 500 },
  { customer: 'D', date: '2024-12-01', amount: 80 }, // before the window
  { customer: 'D', date: '2025-01-10', amount: -20 }, // refund in the window
  { customer: 'E', date: '2025-02-01', amount: -10 }, // refund only → not scored
  { customer: 'F', date: '2025-04-01', amount: 40 }, // on the as-of day → ignored, not scored
];
const base = {
  asOf: '2025-04-01',
  windowDays: 90,
  scale: 3,
  recency: { method: 'thresholds', cuts: [14, 60] },
  sleep: { minGaps: 3 },
};
const run = runRfm(makeLedger(rows), parseRunConfig(base));
const row = (id: string) => run.customers.find((c) => c.customerId === id)!;

describe('runRfm on a hand-computed ledger', () => {
  it('reports the as-of day, window and scale it used', () => {
    expect(run.asOfIso).toBe('2025-04-01');
    expect(run.asOfSource).toBe('date');
    expect(run.window).toEqual({ days: 90, start: dayFromIso('2025-01-01'), startIso: '2025-01-01', end: dayFromIso('2025-04-01') });
    expect(run.scale).toBe(3);
    expect(run.segmentRules.source).toBe('billz');
    expect(run.segmentRules.warnings).toEqual([]);
  });

  it('per customer: R, F, M, scores, code, segment, track', () => {
    // F = 3, 2, 1, 0 → strictly smaller 3, 2, 1, 0 → 1 + floor(3·b/4) = 3, 2, 1, 1
    // M = 200, 60, 500, −20 → b = 2, 1, 3, 0 → 2, 1, 3, 1
    const pick = (id: string) => {
      const c = row(id);
      return [c.recencyDays, c.frequency, c.monetaryCents, c.code, c.segment, c.track];
    };
    expect(pick('A')).toEqual([7, 3, 20000, 'R3F3M2', 'Frequent, small check', 'growth']);
    expect(pick('B')).toEqual([21, 2, 6000, 'R2F2M1', 'Falling asleep', 'asleep']);
    expect(pick('C')).toEqual([45, 1, 50000, 'R2F1M3', 'Beginners', 'beginners']);
    expect(pick('D')).toEqual([121, 0, -2000, 'R1F1M1', 'Churned', 'churned']);
    expect(row('A')).toMatchObject({ name: 'Anna', manager: 'Olga', r: 3, f: 3, m: 2 });
  });

  it('lists the customers it did not score', () => {
    expect(run.unscored.map((u) => [u.customerId, u.reason])).toEqual([
      ['E', 'no-purchase-before-as-of'],
      ['F', 'no-orders-before-as-of'],
    ]);
  });

  it('threshold table: the recency cuts used and the customers per score', () => {
    expect(run.axes.recency.cuts).toEqual([14, 60]);
    expect(run.axes.recency.bands.map((b) => [b.score, b.lower, b.upper, b.customers])).toEqual([
      [1, 60, null, 1],
      [2, 14, 60, 2],
      [3, null, 14, 1],
    ]);
    expect(run.axes.monetary.cuts).toEqual([20000, 50000]);
  });

  it('segment summary reconciles to the ledger to the cent', () => {
    const s = run.summary;
    expect(s.rows.map((r) => [r.group, r.customers, r.revenueCents, r.orders, r.averageCheckCents, r.medianRecencyDays])).toEqual([
      ['Best active', 0, 0, 0, null, null],
      ['Falling asleep', 1, 6000, 2, 3000, 21],
      ['Churned', 1, -2000, 0, null, 121],
      ['Beginners', 1, 50000, 1, 50000, 45],
      ['Frequent, small check', 1, 20000, 3, 6667, 7],
    ]);
    expect(s.rows[4].revenueShare).toBeCloseTo(20000 / 74000, 12);
    expect(s.rows[4].customerShare).toBe(0.25);
    expect(s.rows[4].ordersPerCustomer).toBe(3);
    expect(s.notScored).toEqual({ customers: 2, revenueCents: -1000, orders: 0 });
    expect(s.beforeWindow).toEqual({ customers: 0, revenueCents: 8000, orders: 1 });
    expect(s.afterAsOf).toEqual({ customers: 0, revenueCents: 4000, orders: 1 });
    expect(s.total).toEqual({ customers: 6, revenueCents: 85000, orders: 8 });
    expect(s.ledgerNetCents).toBe(85000);
    expect(s.reconciles).toBe(true);
    expect(run.trackSummary.rows.map((r) => [r.group, r.customers])).toEqual([
      ['best', 0],
      ['asleep', 1],
      ['churned', 1],
      ['beginners', 1],
      ['growth', 1],
    ]);
  });

  it('sleep boundary: p90 of the gaps 24, 28, 55 = 55; personal 2 × 26 = 52 for A; C approaching', () => {
    expect(run.sleep).toMatchObject({ boundaryDays: 55, source: 'estimate', estimate: { status: 'ok', days: 55, gaps: 3 }, personalCustomers: 1 });
    expect(row('A')).toMatchObject({ boundaryDays: 52, boundarySource: 'personal', daysToBoundary: 45 });
    expect(row('B')).toMatchObject({ boundaryDays: 55, boundarySource: 'global', daysToBoundary: 34 });
    expect(run.alerts.map((a) => [a.customerId, a.status, a.daysLeft, a.valueAtRiskCents])).toEqual([['C', 'approaching', 10, 50000]]);
    expect(run.sleep.byTrack.find((g) => g.group === 'growth')!.estimate).toMatchObject({ status: 'insufficient', gaps: 2 });
  });

  it('a manual boundary overrides and the estimate is still reported', () => {
    const manual = runRfm(makeLedger(rows), parseRunConfig({ ...base, sleep: { minGaps: 3, boundaryDays: 40 } }));
    expect(manual.sleep).toMatchObject({ boundaryDays: 40, source: 'manual', estimate: { days: 55 } });
    expect(manual.sleep.description.en).toBe('40 days: set by hand (estimate from the data: 55 days: the 90th percentile of 3 gaps between purchases)');
    expect(manual.alerts.map((a) => [a.customerId, a.status, a.daysLeft])).toEqual([['C', 'crossed', -5]]);
    expect(manual.customers.find((c) => c.customerId === 'A')).toMatchObject({ boundaryDays: 40, boundarySource: 'manual' });
  });

  it('refuses to estimate from too few gaps: no boundary, no alerts, a clear message', () => {
    const few = runRfm(makeLedger(rows), parseRunConfig({ ...base, sleep: { minGaps: 4 } }));
    expect(few.sleep.boundaryDays).toBeNull();
    expect(few.sleep.source).toBeNull();
    expect(few.sleep.description.en).toMatch(/^Not enough history/);
    expect(few.alerts).toEqual([]);
    expect(row('A').daysToBoundary).not.toBeNull();
    expect(few.customers.every((c) => c.daysToBoundary === null)).toBe(true);
  });

  it('spike guard: a promo order out of scoring changes three customers', () => {
    const promoRows = rows.map((r) => (r.customer === 'C' ? { ...r, promo: true } : r));
    const g = runRfm(makeLedger(promoRows), parseRunConfig({ ...base, spikeGuard: { excludePromo: true } }));
    // scored M = 200, 60, 0, −20 → 3, 2, 1, 1 (was 2, 1, 3, 1)
    expect(g.customers.map((c) => c.code)).toEqual(['R3F3M3', 'R2F2M2', 'R2F1M1', 'R1F1M1']);
    expect(g.spikeGuard).toEqual({
      enabled: true,
      excludePromo: true,
      capMultiple: null,
      promoOrdersExcluded: 1,
      ordersCapped: 0,
      customersChanged: 3,
      changedCustomerIds: ['A', 'B', 'C'],
    });
    // raw values and revenue stay as they are
    expect(g.customers[2]).toMatchObject({ frequency: 1, monetaryCents: 50000, scoredFrequency: 0, scoredMonetaryCents: 0 });
    expect(g.summary.total.revenueCents).toBe(85000);
  });

  it('the suggested action follows the playbook and config overrides', () => {
    expect(row('D').action.channel.en).toMatch(/no calls or SMS/);
    const o = runRfm(makeLedger(rows), parseRunConfig({ ...base, playbook: { Churned: { channel: 'Telegram' } } }));
    expect(o.customers.find((c) => c.customerId === 'D')!.action).toMatchObject({ channel: { ru: 'Telegram', en: 'Telegram' }, source: 'config' });
    expect(o.segmentRules.warnings).toEqual([]);
    const typo = runRfm(makeLedger(rows), parseRunConfig({ ...base, playbook: { Churnd: { channel: 'Telegram' }, growth: { maxPerWeek: 1 } } }));
    expect(typo.segmentRules.warnings.map((w) => [w.kind, w.rule])).toEqual([['playbook', 'Churnd']]);
    expect(typo.segmentRules.warnings[0].message.en).toMatch(/^playbook: "Churnd" is not a segment or track name/);
  });

  it('the example config of issue 3 with its own segments and catch-all', () => {
    const r = runRfm(makeLedger(rows), parseRunConfig({ asOf: '2025-04-01', scale: 3, segments: [{ name: 'Top', r: [3, 3], f: [3, 3], m: [1, 3] }], otherSegment: 'Rest', sleep: { minGaps: 3 } }));
    expect(r.customers.map((c) => c.segment)).toEqual(['Top', 'Rest', 'Rest', 'Rest']);
    expect(r.summary.rows.map((x) => [x.group, x.customers])).toEqual([
      ['Top', 1],
      ['Rest', 3],
    ]);
    expect(r.segmentRules.warnings.map((w) => w.kind)).toEqual(['uncovered']);
  });

  describe('edge cases', () => {
    it('as of "latest" = the day after the last purchase', () => {
      const l = runRfm(makeLedger(rows), parseRunConfig({ ...base, asOf: 'latest' }));
      expect(l.asOfIso).toBe('2025-04-02');
      expect(l.asOfSource).toBe('latest');
      expect(l.customers.find((c) => c.customerId === 'F')).toMatchObject({ recencyDays: 1, frequency: 1 });
    });
    it('no asOf: uses the today the adapter passes', () => {
      const t = runRfm(makeLedger(rows), parseRunConfig({ ...base, asOf: undefined }), { today: dayFromIso('2025-04-01')! });
      expect(t.asOfSource).toBe('today');
      expect(t.customers.map((c) => c.code)).toEqual(run.customers.map((c) => c.code));
    });
    it('a past as-of gives the past answer: orders from that day on are ignored', () => {
      const past = runRfm(makeLedger(rows), parseRunConfig({ ...base, asOf: '2025-03-01' }));
      expect(past.customers.find((c) => c.customerId === 'A')).toMatchObject({ recencyDays: 28, frequency: 1 });
    });
    it('an empty ledger gives an empty, reconciled run', () => {
      const e = runRfm(makeLedger([]), parseRunConfig({ asOf: '2025-01-01' }));
      expect(e.customers).toEqual([]);
      expect(e.summary.total).toEqual({ customers: 0, revenueCents: 0, orders: 0 });
      expect(e.summary.reconciles).toBe(true);
      expect(e.sleep.estimate.status).toBe('insufficient');
    });
    it('one customer', () => {
      const one = runRfm(makeLedger([{ customer: 'x', date: '2024-12-31', amount: 5 }]), parseRunConfig({ asOf: '2025-01-01' }));
      expect(one.customers[0]).toMatchObject({ recencyDays: 1, frequency: 1, monetaryCents: 500, code: 'R1F1M1', segment: 'Lost' });
    });
  });
});

describe('runRfm: properties', () => {
  const rowArb = fc.record({
    customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
    day: fc.integer({ min: 0, max: 700 }),
    amount: fc.integer({ min: -5000, max: 20000 }),
    promo: fc.boolean(),
  });
  const start = dayFromIso('2024-01-01')!;
  it('summary totals equal the ledger: customers, revenue to the cent, purchases', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 750 }),
        fc.option(fc.integer({ min: 1, max: 400 })),
        fc.constantFrom(2, 3, 5),
        fc.boolean(),
        (raw, asOfOffset, windowDays, scale, guard) => {
          const ledger = makeLedger(raw.map((r) => ({ customer: r.customer, date: isoFromDay(start + r.day), amount: r.amount / 100, promo: r.promo })));
          const cfg = parseRunConfig({
            asOf: isoFromDay(start + asOfOffset),
            windowDays,
            scale,
            spikeGuard: guard ? { excludePromo: true, capMultiple: 2 } : {},
            sleep: { minGaps: 1 },
          });
          const r = runRfm(ledger, cfg);
          for (const s of [r.summary, r.trackSummary]) {
            expect(s.total.revenueCents).toBe(ledger.netCents);
            expect(s.total.customers).toBe(ledger.customers.length);
            expect(s.total.orders).toBe(ledger.orders.filter((o) => o.netCents > 0).length);
            expect(s.reconciles).toBe(true);
            expect(s.rows.reduce((a, x) => a + x.customers, 0)).toBe(r.customers.length);
          }
          expect(r.customers.length + r.unscored.length).toBe(ledger.customers.length);
        },
      ),
    );
  });
  it('every customer sits inside the threshold-table band of its score; segment and track follow the code', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), fc.constantFrom(2, 3, 4, 5), (raw, scale) => {
        const ledger = makeLedger(raw.map((x) => ({ customer: x.customer, date: isoFromDay(start + x.day), amount: x.amount / 100 })));
        const r = runRfm(ledger, parseRunConfig({ asOf: isoFromDay(start + 701), windowDays: 300, scale, sleep: { minGaps: 1 } }));
        for (const c of r.customers) {
          const pairs = [
            [r.axes.recency, c.r, c.recencyDays],
            [r.axes.frequency, c.f, c.scoredFrequency],
            [r.axes.monetary, c.m, c.scoredMonetaryCents],
          ] as const;
          for (const [axis, score, value] of pairs) {
            const band = axis.bands[score - 1];
            expect(band.score).toBe(score);
            expect(value).toBeGreaterThanOrEqual(band.observedMin!);
            expect(value).toBeLessThanOrEqual(band.observedMax!);
          }
          expect(c.code).toBe(`R${c.r}F${c.f}M${c.m}`);
          if (c.boundaryDays !== null) expect(c.daysToBoundary).toBe(c.boundaryDays - c.recencyDays);
        }
        for (const a of r.alerts) expect(a.daysLeft).toBeGreaterThan(-r.sleep.crossedDays);
      }),
    );
  });
});
