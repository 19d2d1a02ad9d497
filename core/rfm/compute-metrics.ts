import { orderTable } from '../ledger/order-table';
import type { Customer, Ledger } from '../ledger/types';

/** Options of {@link computeMetrics}. */
export interface MetricsOptions {
  /** As-of day number D: orders dated D or later are ignored. */
  asOf: number;
  /** Window length in days (the days [D − windowDays, D)), or null for all history before D. */
  windowDays: number | null;
  /** Spike guard: leave promo-flagged orders out of the F and M used for scoring. */
  excludePromo?: boolean;
  /** Spike guard: for the M used for scoring, cap each purchase at this multiple of the customer's median purchase in the window. */
  capMultiple?: number | null;
  /** Also collect each scored customer's purchase gaps before D (as `purchaseGaps` gives them) in `gaps`. */
  gaps?: boolean;
}

/** R, F and M of one scored customer as of D. */
export interface CustomerMetric {
  customer: Customer;
  /** Day number of the last purchase (order with net > 0) before D, any time in history. */
  lastPurchaseDay: number;
  /** Whole days from the last purchase to D (≥ 1). */
  recencyDays: number;
  /** Purchases (orders with net > 0) in the window. */
  frequency: number;
  /** Net revenue in the window in cents (refund orders included; may be ≤ 0). */
  monetaryCents: number;
  /** Frequency used for scoring: `frequency` minus promo purchases when the spike guard excludes promo. */
  scoredFrequency: number;
  /** Monetary used for scoring: without promo orders and/or with purchases capped by the spike guard. */
  scoredMonetaryCents: number;
  /** Orders of this customer in the window that the spike guard left out (promo) or capped. */
  promoOrdersExcluded: number;
  ordersCapped: number;
}

/** Why a ledger customer got no scores. */
export type UnscoredReason = 'no-orders-before-as-of' | 'no-purchase-before-as-of';

/**
 * Each {@link UnscoredReason} in words, Russian and English, as the CLI and the add-on list unscored customers.
 * @example UNSCORED_REASONS['no-orders-before-as-of'].en // → "every order is on or after the as-of date"
 */
export const UNSCORED_REASONS: Record<UnscoredReason, { ru: string; en: string }> = {
  'no-orders-before-as-of': { ru: 'все заказы с даты расчёта и позже', en: 'every order is on or after the as-of date' },
  'no-purchase-before-as-of': { ru: 'до даты расчёта только возвраты или нулевые заказы', en: 'only refunds or zero orders before the as-of date' },
};

/** A ledger customer with no purchase before D: counted and listed, not scored. */
export interface UnscoredCustomer {
  customerId: string;
  name: string | null;
  manager: string | null;
  /** `no-orders-before-as-of`: every order is dated D or later; `no-purchase-before-as-of`: only refunds or zero orders before D. */
  reason: UnscoredReason;
  /** Net of the customer's orders in the window, in cents (shown on the summary's "not scored" line). */
  netCentsInWindow: number;
}

/** Result of {@link computeMetrics}: scored customers in ledger order and the unscored ones. */
export interface Metrics {
  scored: CustomerMetric[];
  unscored: UnscoredCustomer[];
  /** First day of the window (inclusive), or null for all history. */
  windowStart: number | null;
  /** With the `gaps` option: days between consecutive distinct purchase days before D, per scored customer. */
  gaps?: number[][];
}

/** Median of the numbers (mean of the two middle ones for an even count). */
function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/**
 * Recency, frequency and monetary value of every ledger customer as of day D (see DOMAIN.md):
 * recency = D − last purchase day (all history), frequency = purchases (orders with net > 0) dated in
 * [D − windowDays, D), monetary = net cents of all orders in that window. Customers without any purchase
 * before D are not scored and are returned in `unscored`. The spike guard changes only `scoredFrequency`
 * and `scoredMonetaryCents`. One pass over the orders: O(orders).
 *
 * @example computeMetrics(ledger, { asOf: dayFromIso('2006-12-31')!, windowDays: null }).scored[0].recencyDays // → 205 (Abbey O'Reilly)
 */
export function computeMetrics(ledger: Ledger, options: MetricsOptions): Metrics {
  const { asOf, windowDays } = options;
  const excludePromo = options.excludePromo ?? false;
  const capMultiple = options.capMultiple ?? null;
  const windowStart = windowDays === null ? null : asOf - windowDays;
  const ws = windowStart ?? -Infinity;
  const scored: CustomerMetric[] = [];
  const unscored: UnscoredCustomer[] = [];
  const amounts: number[] = [];
  const withGaps = options.gaps ?? false;
  const gapsOf: number[][] = [];
  const table = orderTable(ledger);
  const { start, day, netCents, promo } = table;
  const customers = ledger.customers;
  for (let r = 0; r < customers.length; r++) {
    const customer = customers[r];
    let last = -Infinity;
    let anyBefore = false;
    let frequency = 0;
    let monetary = 0;
    let scoredF = 0;
    let scoredM = 0;
    let promoExcluded = 0;
    amounts.length = 0;
    const gaps: number[] = [];
    for (let p = start[r]; p < start[r + 1]; p++) {
      const d = day[p];
      if (d >= asOf) continue;
      anyBefore = true;
      const net = netCents[p];
      const purchase = net > 0;
      // Orders are sorted by day: a purchase on a later day than the last one is a new purchase day.
      if (purchase && d > last) {
        if (withGaps && last !== -Infinity) gaps.push(d - last);
        last = d;
      }
      if (d < ws) continue;
      monetary += net;
      if (purchase) frequency++;
      if (excludePromo && promo[p] === 1) {
        promoExcluded++;
        continue;
      }
      scoredM += net;
      if (purchase) {
        scoredF++;
        if (capMultiple !== null) amounts.push(net);
      }
    }
    if (last === -Infinity) {
      unscored.push({
        customerId: customer.id,
        name: customer.name,
        manager: customer.manager,
        reason: anyBefore ? 'no-purchase-before-as-of' : 'no-orders-before-as-of',
        netCentsInWindow: monetary,
      });
      continue;
    }
    let capped = 0;
    if (capMultiple !== null && amounts.length > 1) {
      const cap = Math.floor(capMultiple * median(amounts));
      for (const a of amounts) {
        if (a > cap) {
          scoredM -= a - cap;
          capped++;
        }
      }
    }
    if (withGaps) gapsOf.push(gaps);
    scored.push({
      customer,
      lastPurchaseDay: last,
      recencyDays: asOf - last,
      frequency,
      monetaryCents: monetary,
      scoredFrequency: scoredF,
      scoredMonetaryCents: scoredM,
      promoOrdersExcluded: promoExcluded,
      ordersCapped: capped,
    });
  }
  return withGaps ? { scored, unscored, windowStart, gaps: gapsOf } : { scored, unscored, windowStart };
}
