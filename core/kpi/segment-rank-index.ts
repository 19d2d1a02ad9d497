/**
 * Position of a segment in a best-first rank list; segments missing from the list rank after all listed ones.
 * @example segmentRankIndex(['Champions', 'Loyal'], 'Loyal') // → 1
 */
export function segmentRankIndex(rank: readonly string[], segment: string): number {
  const k = rank.indexOf(segment);
  return k < 0 ? rank.length : k;
}
