import type { KpiResult, KpiSegmentPart } from './types';
import { ratioValue } from './kpi-result';
import { segmentRankIndex } from './segment-rank-index';
import { withLazyIds } from './segment-parts';
import { lazyProperty } from './index-list';

/**
 * One KPI over the disjoint union of several customer groups (e.g. the whole team from the managers' rows):
 * numerators, denominators, customers, per-segment parts and revenue are summed and the value recomputed, so the
 * team row agrees with the managers' rows by construction. `parts` must be results of the same KPI on disjoint
 * groups and not empty.
 *
 * @example mergeKpiResults([{ …, numerator: 1, denominator: 2 }, { …, numerator: 1, denominator: 2 }]).value // → 50
 */
export function mergeKpiResults(parts: readonly KpiResult[], rank: readonly string[] = []): KpiResult {
  const first = parts[0];
  let numerator = 0;
  let denominator = 0;
  let revenue: number | undefined;
  let anyNumIds = false;
  const seg = new Map<string, { part: Omit<KpiSegmentPart, 'customerIds'>; sources: KpiSegmentPart[] }>();
  let anySegments = false;
  for (const p of parts) {
    numerator += p.numerator;
    denominator += p.denominator;
    if (Object.prototype.hasOwnProperty.call(p, 'numeratorIds')) anyNumIds = true;
    if (p.revenueCents !== undefined) revenue = (revenue ?? 0) + p.revenueCents;
    if (p.bySegment) {
      anySegments = true;
      for (const s of p.bySegment) {
        const key = s.channel === undefined ? s.segment : `${s.segment}\u0000${s.channel ?? ''}`;
        const m = seg.get(key);
        // Read only the counts here: the parts' customer lists stay lazy (see withLazyIds).
        if (!m) {
          const part: Omit<KpiSegmentPart, 'customerIds'> = { segment: s.segment, value: null, numerator: s.numerator, denominator: s.denominator };
          if (s.channel !== undefined) part.channel = s.channel;
          seg.set(key, { part, sources: [s] });
        } else {
          m.part.numerator += s.numerator;
          m.part.denominator += s.denominator;
          m.sources.push(s);
        }
      }
    }
  }
  // Leads of one customer can sit with several managers: list each customer once. Lists stay lazy.
  const dedupe = first.id === 'lead-conversion' || first.id === 'win-rate';
  const customerIds = (): string[] => {
    const all = ([] as string[]).concat(...parts.map((p) => p.customerIds));
    return dedupe ? [...new Set(all)] : all;
  };
  const numeratorIds = (): string[] => ([] as string[]).concat(...parts.map((p) => p.numeratorIds ?? []));
  const sumOnly = first.id === 'weighted-revenue';
  const value = sumOnly ? numerator : ratioValue(numerator, denominator, first.unit);
  const out = { id: first.id, value, numerator, denominator, unit: first.unit } as KpiResult;
  lazyProperty(out, 'customerIds', customerIds);
  if (anyNumIds) lazyProperty(out, 'numeratorIds', numeratorIds);
  if (anySegments) {
    const list: KpiSegmentPart[] = [...seg.values()].map(({ part, sources }) =>
      withLazyIds(part, () => ([] as string[]).concat(...sources.map((x) => x.customerIds))));
    for (const s of list) s.value = sumOnly ? s.numerator : ratioValue(s.numerator, s.denominator, first.unit);
    list.sort((a, b) => segmentRankIndex(rank, a.segment) - segmentRankIndex(rank, b.segment)
      || (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0)
      || (String(a.channel ?? '') < String(b.channel ?? '') ? -1 : 1));
    out.bySegment = list;
  }
  if (revenue !== undefined) out.revenueCents = revenue;
  if (value === null) out.undefinedReason = parts.find((p) => p.undefinedReason)?.undefinedReason;
  return out;
}
