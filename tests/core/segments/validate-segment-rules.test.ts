import { describe, expect, it } from 'vitest';
import { validateSegmentRules } from '../../../core/segments/validate-segment-rules';
import type { SegmentRule } from '../../../core/segments/types';

const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({ name, r, f, m });

describe('validateSegmentRules', () => {
  it('reports an unreachable rule with its codes and the rules that take them', () => {
    const rules = [rule('Wide', [1, 2], [1, 2], [1, 1]), rule('Other wide', [1, 2], [1, 2], [2, 2]), rule('Never', [1, 1], [1, 1], [1, 2])];
    const w = validateSegmentRules(rules, 2);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ kind: 'unreachable', ruleIndex: 2, rule: 'Never', codes: ['R1F1M1', 'R1F1M2'], shadowedBy: ['Wide', 'Other wide'] });
    expect(w[0].message.en).toBe('Rule #3 "Never" never matches: earlier rules "Wide", "Other wide" take all of its 2 codes (R1F1M1, R1F1M2).');
    expect(w[0].message.ru).toBe('Правило №3 «Never» никогда не сработает: все его коды (2 кода: R1F1M1, R1F1M2) забирают правила выше: «Wide», «Other wide».');
  });
  it('reports uncovered codes, listed', () => {
    const w = validateSegmentRules([rule('Top', [2, 2], [2, 2], [1, 2])], 2, 'Прочие');
    expect(w).toEqual([
      expect.objectContaining({ kind: 'uncovered', codes: ['R1F1M1', 'R1F1M2', 'R1F2M1', 'R1F2M2', 'R2F1M1', 'R2F1M2'] }),
    ]);
    expect(w[0].message.ru).toBe('6 кодов из 8 не подходят ни к одному правилу и попадут в «Прочие»: R1F1M1, R1F1M2, R1F2M1, R1F2M2, R2F1M1, R2F1M2.');
    expect(w[0].message.en).toBe('6 codes of 8 match no rule and fall to "Прочие": R1F1M1, R1F1M2, R1F2M1, R1F2M2, R2F1M1, R2F1M2.');
  });
  it("R rfm's documented ordered table: four rules are unreachable and codes fall to the catch-all", () => {
    const rfmDocs = [
      rule('Champions', [4, 5], [4, 5], [4, 5]),
      rule('Loyal Customers', [2, 5], [3, 5], [3, 5]),
      rule('Potential Loyalist', [3, 5], [1, 3], [1, 3]),
      rule('New Customers', [4, 5], [1, 1], [1, 1]),
      rule('Promising', [3, 4], [1, 1], [1, 1]),
      rule('Need Attention', [2, 3], [2, 3], [2, 3]),
      rule('About To Sleep', [2, 3], [1, 2], [1, 2]),
      rule('At Risk', [1, 2], [2, 5], [2, 5]),
      rule("Can't Lose Them", [1, 1], [4, 5], [4, 5]),
      rule('Hibernating', [1, 2], [1, 2], [1, 2]),
      rule('Lost', [1, 1], [1, 1], [1, 1]),
    ];
    const w = validateSegmentRules(rfmDocs, 5);
    expect(w.filter((x) => x.kind === 'unreachable').map((x) => x.rule)).toEqual(['New Customers', 'Promising', "Can't Lose Them", 'Lost']);
    const uncovered = w.find((x) => x.kind === 'uncovered')!;
    expect(uncovered.codes.length).toBeGreaterThan(0);
    expect(uncovered.codes).toContain('R1F1M3');
  });
  describe('edge cases', () => {
    it('a rule entirely outside the scale is unreachable with no codes', () => {
      const w = validateSegmentRules([rule('All', [1, 2], [1, 2], [1, 2]), rule('Far', [4, 5], [4, 5], [4, 5])], 2);
      expect(w).toEqual([expect.objectContaining({ kind: 'unreachable', rule: 'Far', codes: [], shadowedBy: [] })]);
      expect(w[0].message.en).toBe('Rule #2 "Far" matches no code of the 1–2 scale.');
    });
    it('one code uses the singular', () => {
      const w = validateSegmentRules([rule('Most', [1, 2], [1, 2], [1, 2])].concat([]), 2);
      expect(w).toEqual([]);
      const one = validateSegmentRules([rule('Almost', [1, 2], [1, 2], [2, 2]), rule('x', [1, 2], [1, 2], [1, 1]), rule('y', [1, 1], [1, 1], [1, 1])], 2);
      expect(one[0].message.ru).toContain('(1 код: R1F1M1)');
      expect(one[0].message.en).toContain('its 1 code (R1F1M1)');
    });
  });
});
