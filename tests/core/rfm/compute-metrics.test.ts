import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../core/rfm/compute-metrics';
import { dayFromIso } from '../../../core/time/civil-day';
import { makeLedger } from '../../helpers/make-ledger';

const D = dayFromIso('2025-03-01')!; // window 30 days: [2025-01-30, 2025-03-01)
const byId = (m: ReturnType<typeof computeMetrics>, id: string) => m.scored.find((x) => x.customer.id === id)!;

describe('computeMetrics', () => {
  const ledger = makeLedger([
    // a: purchases on 01-30 (first window day, in), 02-28 (last day before D, in), 03-01 (= D, ignored)
    { customer: 'a', date: '2025-01-30', amount: 10 },
    { customer: 'a', date: '2025-02-28', amount: 20 },
    { customer: 'a', date: '2025-03-01', amount: 1000 },
    // b: one purchase on 01-29 (one day before the window), refund in the window
    { customer: 'b', date: '2025-01-29', amount: 50 },
    { customer: 'b', date: '2025-02-10', amount: -5 },
    // c: two rows of one order (one purchase), a zero order, a refund-only order
    { customer: 'c', date: '2025-02-01', amount: 30, order: 'o1' },
    { customer: 'c', date: '2025-02-01', amount: -10, order: 'o1' },
    { customer: 'c', date: '2025-02-15', amount: 0, order: 'o2' },
    { customer: 'c', date: '2025-02-20', amount: -3, order: 'o3' },
    // d: only a refund before D → not scored; e: only orders from D on → not scored
    { customer: 'd', date: '2025-02-05', amount: -7 },
    { customer: 'e', date: '2025-03-02', amount: 99 },
  ]);
  const m = computeMetrics(ledger, { asOf: D, windowDays: 30 });

  it('window edges: the first window day is in, D is out', () => {
    expect(m.windowStart).toBe(dayFromIso('2025-01-30'));
    expect(byId(m, 'a')).toMatchObject({ recencyDays: 1, frequency: 2, monetaryCents: 3000 });
  });
  it('a customer with no purchase in the window keeps recency, F = 0, M = net in window (a refund)', () => {
    expect(byId(m, 'b')).toMatchObject({ recencyDays: 31, frequency: 0, monetaryCents: -500 });
  });
  it('an order is one purchase; zero and refund-only orders are not purchases but count in M', () => {
    // last purchase 02-01 → 28 days; F = 1 (o1 net 20); M = 20 + 0 − 3 = 17
    expect(byId(m, 'c')).toMatchObject({ recencyDays: 28, frequency: 1, monetaryCents: 1700 });
  });
  it('customers without a purchase before D are listed, not scored', () => {
    expect(m.scored.map((x) => x.customer.id)).toEqual(['a', 'b', 'c']);
    expect(m.unscored).toEqual([
      { customerId: 'd', name: null, manager: null, reason: 'no-purchase-before-as-of', netCentsInWindow: -700 },
      { customerId: 'e', name: null, manager: null, reason: 'no-orders-before-as-of', netCentsInWindow: 0 },
    ]);
  });
  it('all history: no window start, everything before D counts', () => {
    const all = computeMetrics(ledger, { asOf: D, windowDays: null });
    expect(all.windowStart).toBeNull();
    expect(byId(all, 'b')).toMatchObject({ frequency: 1, monetaryCents: 4500 });
  });
  it('as-of edge: moving D one day later takes in the order dated D', () => {
    const next = computeMetrics(ledger, { asOf: D + 1, windowDays: 30 });
    // window [01-31, 03-02): 01-30 drops out, 03-01 comes in
    expect(byId(next, 'a')).toMatchObject({ recencyDays: 1, frequency: 2, monetaryCents: 102000 });
  });
});

describe('computeMetrics: spike guard', () => {
  const ledger = makeLedger([
    { customer: 'p', date: '2025-02-01', amount: 10 },
    { customer: 'p', date: '2025-02-02', amount: 12 },
    { customer: 'p', date: '2025-02-03', amount: 14 },
    { customer: 'p', date: '2025-02-04', amount: 500 },
    { customer: 'q', date: '2025-02-01', amount: 10 },
    { customer: 'q', date: '2025-02-20', amount: 300, promo: true },
  ]);
  it('promo orders leave F and M used for scoring, not recency or the raw values', () => {
    const m = computeMetrics(ledger, { asOf: D, windowDays: null, excludePromo: true });
    expect(byId(m, 'q')).toMatchObject({ recencyDays: 9, frequency: 2, monetaryCents: 31000, scoredFrequency: 1, scoredMonetaryCents: 1000, promoOrdersExcluded: 1 });
  });
  it('an order above capMultiple × the median order is capped for M', () => {
    // p's orders 10, 12, 14, 500: median 13 → cap 3 × 13 = 39 → 10 + 12 + 14 + 39 = 75
    const m = computeMetrics(ledger, { asOf: D, windowDays: null, capMultiple: 3 });
    expect(byId(m, 'p')).toMatchObject({ monetaryCents: 53600, scoredMonetaryCents: 7500, ordersCapped: 1, scoredFrequency: 4 });
    // a single purchase is its own median: never capped
    expect(byId(m, 'q')).toMatchObject({ scoredMonetaryCents: 31000, ordersCapped: 0 });
  });

  describe('edge cases', () => {
    it('empty ledger', () => {
      expect(computeMetrics(makeLedger([]), { asOf: D, windowDays: 365 })).toEqual({ scored: [], unscored: [], windowStart: D - 365 });
    });
    it('two purchases on one day are two purchases; recency from that day', () => {
      const m = computeMetrics(makeLedger([{ customer: 'x', date: '2025-02-27', amount: 1 }, { customer: 'x', date: '2025-02-27', amount: 2 }]), { asOf: D, windowDays: 30 });
      expect(m.scored[0]).toMatchObject({ recencyDays: 2, frequency: 2, monetaryCents: 300 });
    });
    it('a refund after the last purchase does not move recency', () => {
      const m = computeMetrics(makeLedger([{ customer: 'x', date: '2025-02-01', amount: 10 }, { customer: 'x', date: '2025-02-25', amount: -10 }]), { asOf: D, windowDays: 30 });
      expect(m.scored[0]).toMatchObject({ recencyDays: 28, frequency: 1, monetaryCents: 0 });
    });
  });
});
