import type { Customer } from '../ledger/types';

/**
 * Gaps in days between consecutive distinct purchase days (orders with net > 0) of one customer before
 * day D, oldest first. Two purchases on one day make no gap.
 *
 * @example purchaseGaps(customerBuyingOnDays_10_10_24_54, 100) // → [14, 30]
 */
export function purchaseGaps(customer: Customer, asOf: number): number[] {
  const gaps: number[] = [];
  let prev = -Infinity;
  for (const o of customer.orders) {
    if (o.day >= asOf) break;
    if (o.netCents <= 0 || o.day === prev) continue;
    if (prev !== -Infinity) gaps.push(o.day - prev);
    prev = o.day;
  }
  return gaps;
}
