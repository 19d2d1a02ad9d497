import { describe, expect, it } from 'vitest';
import { playbookWarnings } from '../../../core/segments/playbook-warnings';

describe('playbookWarnings', () => {
  it('one warning per key that names no segment or track, in both languages', () => {
    const w = playbookWarnings({ Churnd: { channel: 'x' }, Churned: {}, growth: {} }, ['Churned', 'Others', 'growth']);
    expect(w).toEqual([
      {
        kind: 'playbook',
        ruleIndex: null,
        rule: 'Churnd',
        codes: [],
        shadowedBy: [],
        message: {
          ru: 'playbook: «Churnd» — нет такого сегмента или трека; запись не используется. Есть: Churned, Others, growth.',
          en: 'playbook: "Churnd" is not a segment or track name, so the entry is unused. Names: Churned, Others, growth.',
        },
      },
    ]);
  });
  describe('edge cases', () => {
    it('empty playbook → no warnings', () => expect(playbookWarnings({}, [])).toEqual([]));
  });
});
