import type { SegmentRule } from '../segments/types';

/**
 * Best-first order of segments used for "moved up / down": rules sorted by the sum of the midpoints of their R, F
 * and M ranges (higher = better), ties kept in rule-table order; the catch-all segment last. For the classic preset:
 * Champions, Loyal, Potential Loyalist, Can't Lose Them, At Risk, Need Attention, New, About to Sleep, Promising,
 * Hibernating, Lost. Table order alone is not a value order (first-match tables list narrow rules first).
 *
 * @example segmentRankFromRules(CLASSIC_PRESET, 'Others')[0] // → "Champions"
 */
export function segmentRankFromRules(rules: readonly SegmentRule[], other: string): string[] {
  const mid = (r: readonly [number, number]) => (r[0] + r[1]) / 2;
  const scored = rules.map((rule, i) => ({ name: rule.name, i, v: mid(rule.r) + mid(rule.f) + mid(rule.m) }));
  scored.sort((a, b) => b.v - a.v || a.i - b.i);
  const out: string[] = [];
  for (const s of scored) if (!out.includes(s.name)) out.push(s.name);
  if (!out.includes(other)) out.push(other);
  return out;
}
