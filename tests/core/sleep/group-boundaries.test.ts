import { describe, expect, it } from 'vitest';
import { groupBoundaries } from '../../../core/sleep/group-boundaries';

describe('groupBoundaries', () => {
  it('pools each group’s gaps and estimates per group', () => {
    // A: 10, 20, 30 → p50 rank 2 = 20; B: 5, 7 → p50 rank 1 = 5
    const got = groupBoundaries([[10, 20], [30], [5, 7]], ['A', 'A', 'B'], ['B', 'A'], { percentile: 50, minGaps: 2 });
    expect(got).toEqual([
      { group: 'B', estimate: { status: 'ok', days: 5, percentile: 50, gaps: 2 } },
      { group: 'A', estimate: { status: 'ok', days: 20, percentile: 50, gaps: 3 } },
    ]);
  });
  describe('edge cases', () => {
    it('a listed group without gaps is refused, an unlisted one is appended', () => {
      const got = groupBoundaries([[4]], ['X'], ['Empty'], { percentile: 90, minGaps: 1 });
      expect(got.map((g) => [g.group, g.estimate.status, g.estimate.gaps])).toEqual([
        ['Empty', 'insufficient', 0],
        ['X', 'ok', 1],
      ]);
    });
  });
});
