import type { KpiSegmentPart, KpiUnit } from './types';
import { ratioValue } from './kpi-result';

/**
 * Accumulates a KPI's numerator and denominator per segment, keeping the customers of each; `parts()` returns them
 * sorted by segment rank (unknown segments last, by name) so they add up to the KPI's totals.
 *
 * @example const acc = new SegmentAccumulator('%', ['Champions']); acc.add('Champions', 'c1', 1, 1); acc.parts()[0].value // → 100
 */
export class SegmentAccumulator {
  private readonly map = new Map<string, KpiSegmentPart>();
  constructor(
    private readonly unit: KpiUnit,
    private readonly rank: readonly string[] = [],
  ) {}

  /** Add one customer's contribution to `segment`. */
  add(segment: string, customerId: string, numerator: number, denominator: number, channel?: string | null): void {
    const key = channel === undefined ? segment : `${segment}\u0000${channel ?? ''}`;
    let p = this.map.get(key);
    if (!p) {
      p = { segment, value: null, numerator: 0, denominator: 0, customerIds: [] };
      if (channel !== undefined) p.channel = channel;
      this.map.set(key, p);
    }
    p.numerator += numerator;
    p.denominator += denominator;
    p.customerIds.push(customerId);
  }

  /** The parts with values filled in. */
  parts(): KpiSegmentPart[] {
    const pos = new Map(this.rank.map((s, i) => [s, i]));
    const out = [...this.map.values()];
    for (const p of out) p.value = ratioValue(p.numerator, p.denominator, this.unit);
    out.sort((a, b) => {
      const ra = pos.get(a.segment) ?? Infinity;
      const rb = pos.get(b.segment) ?? Infinity;
      if (ra !== rb) return ra < rb ? -1 : 1;
      if (a.segment !== b.segment) return a.segment < b.segment ? -1 : 1;
      return String(a.channel ?? '') < String(b.channel ?? '') ? -1 : 1;
    });
    return out;
  }
}

/** The pseudo-segment of customers with no purchase before the date (not scored then). */
export const NEW_SEGMENT = 'new';
