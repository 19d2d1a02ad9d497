import type { KpiSegmentPart, KpiUnit } from './types';
import { ratioValue } from './kpi-result';
import { lazyProperty } from './index-list';

interface Acc {
  segment: string;
  channel?: string | null;
  numerator: number;
  denominator: number;
  /** Customer indices (when added by index): small integers, cheap for the garbage collector. */
  idx: number[];
  /** Customer ids (when added by id). */
  ids: string[];
}

/**
 * Define `customerIds` on a segment part as a lazy, memoised list: built on first read (JSON output, a drill-down),
 * so per-segment lists cost nothing when nobody reads them. Reads, `JSON.stringify` and equality see a plain array.
 *
 * @example withLazyIds({ segment: 'Loyal' }, () => ['c1']).customerIds // → ['c1']
 */
export function withLazyIds<T extends object>(part: T, make: () => string[]): T & { customerIds: string[] } {
  return lazyProperty(part, 'customerIds', make);
}

/**
 * Accumulates a KPI's numerator and denominator per segment, keeping the customers of each; `parts()` returns them
 * sorted by segment rank (unknown segments last, by name) so they add up to the KPI's totals. Customers are added by
 * ledger index (with `idOf` to name them) or by id.
 *
 * @example const acc = new SegmentAccumulator('%', ['Champions']); acc.add('Champions', 'c1', 1, 1); acc.parts()[0].value // → 100
 */
export class SegmentAccumulator {
  private readonly map = new Map<string, Acc>();
  constructor(
    private readonly unit: KpiUnit,
    private readonly rank: readonly string[] = [],
    private readonly idOf: (index: number) => string = String,
  ) {}

  /** Add one customer's contribution (by ledger index or by id) to `segment`. */
  add(segment: string, who: number | string, numerator: number, denominator: number, channel?: string | null): void {
    const key = channel === undefined ? segment : `${segment}\u0000${channel ?? ''}`;
    let p = this.map.get(key);
    if (!p) {
      p = { segment, channel: undefined, numerator: 0, denominator: 0, idx: [], ids: [] };
      p.channel = channel;
      this.map.set(key, p);
    }
    p.numerator += numerator;
    p.denominator += denominator;
    if (typeof who === 'number') p.idx.push(who);
    else p.ids.push(who);
  }

  /** The parts with values filled in and lazily built customer lists. */
  parts(): KpiSegmentPart[] {
    const pos = new Map(this.rank.map((s, i) => [s, i]));
    const accs = [...this.map.values()];
    accs.sort((a, b) => {
      const ra = pos.get(a.segment) ?? Infinity;
      const rb = pos.get(b.segment) ?? Infinity;
      if (ra !== rb) return ra < rb ? -1 : 1;
      if (a.segment !== b.segment) return a.segment < b.segment ? -1 : 1;
      return String(a.channel ?? '') < String(b.channel ?? '') ? -1 : 1;
    });
    const idOf = this.idOf;
    return accs.map((a) => {
      const part: Omit<KpiSegmentPart, 'customerIds'> = {
        segment: a.segment,
        value: ratioValue(a.numerator, a.denominator, this.unit),
        numerator: a.numerator,
        denominator: a.denominator,
      };
      if (a.channel !== undefined) part.channel = a.channel;
      const idx = a.idx;
      const ids = a.ids;
      return withLazyIds(part, () => {
        const out = ids.slice();
        for (let k = 0; k < idx.length; k++) out.push(idOf(idx[k]));
        return out;
      });
    });
  }
}

/** The pseudo-segment of customers with no purchase before the date (not scored then). */
export const NEW_SEGMENT = 'new';
