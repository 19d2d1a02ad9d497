import { describe, expect, it } from 'vitest';
import { scoreAxis, type AxisTable } from '../../../core/rfm/score-axis';
import { scoreWarnings } from '../../../core/rfm/score-warnings';

/** Recency 1..n days (all distinct: no warning) beside the F and M tables under test. */
function axes(frequency: AxisTable, monetary?: AxisTable): { recency: AxisTable; frequency: AxisTable; monetary: AxisTable } {
  const n = frequency.bands.reduce((s, b) => s + b.customers, 0);
  const recency = scoreAxis(Array.from({ length: n }, (_, i) => i + 1), { method: 'quantile' }, frequency.scale, 'lower').table;
  return { recency, frequency, monetary: monetary ?? frequency };
}

describe('scoreWarnings', () => {
  // Ten customers, scale 5, F = 0,0,0,0,0,0,1,2,3,4. Quantile score = 1 + ⌊5 · (customers with a smaller F) / 10⌋:
  // F=0 → 1 + ⌊0⌋ = 1; F=1 → 1 + ⌊5·6/10⌋ = 4; F=2 → 1 + ⌊3.5⌋ = 4; F=3 → 1 + ⌊4⌋ = 5; F=4 → 1 + ⌊4.5⌋ = 5.
  // Scores 2 and 3 are empty, because the six customers with F = 0 (60%) must share one score.
  const f = scoreAxis([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], { method: 'quantile' }, 5, 'higher');

  it('names the empty scores and the tie that took them, in both languages', () => {
    expect(Array.from(f.scores)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    expect(f.table.mostCommon).toEqual({ value: 0, customers: 6 });
    const [w, ...rest] = scoreWarnings(axes(f.table, scoreAxis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantile' }, 5, 'higher').table), 365);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ axis: 'frequency', method: 'quantile', emptyScores: [2, 3], tie: { value: 0, customers: 6, share: 0.6 } });
    expect(w.message.en).toBe(
      'F: no customer has score 2 or 3: 60% of customers have the same value (0 purchases in the window), and equal values always share a score. ' +
        'For more even groups: thresholds for F, or a window longer than 365 days (windowDays; null = all history).',
    );
    expect(w.message.ru).toBe(
      'F: ни у одного клиента нет баллов 2 или 3: у 60 % клиентов одно и то же значение (0 покупок в окне), а равные значения всегда получают один балл. ' +
        'Чтобы группы были ровнее: пороги для F или окно длиннее 365 дн. (windowDays; null — вся история).',
    );
  });

  it('suggests a longer window only when the tie is "nothing in the window"', () => {
    // All history: the same tie, no window to lengthen. M in cents: 0.00 for six customers.
    const m = scoreAxis([0, 0, 0, 0, 0, 0, 100, 250, 999, 5000], { method: 'quantile' }, 5, 'higher');
    const ws = scoreWarnings(axes(f.table, m.table), null);
    expect(ws.map((w) => w.axis)).toEqual(['frequency', 'monetary']);
    expect(ws[0].message.en).toContain('(0 purchases)');
    expect(ws[0].message.en).toMatch(/thresholds for F\.$/);
    expect(ws[1].message.ru).toContain('(выручка 0,00)');
    // A tie on one purchase (not "nothing"): a longer window would not split it.
    const one = scoreAxis([1, 1, 1, 1, 1, 1, 2, 3, 4, 5], { method: 'quantile' }, 5, 'higher');
    const [w] = scoreWarnings(axes(one.table, m.table), 365);
    expect(w.message.en).toContain('(1 purchase in the window)');
    expect(w.message.ru).toContain('(1 покупка в окне)');
    expect(w.message.en).toMatch(/thresholds for F\.$/);
  });

  it('writes runs of three or more empty scores as a range, and one score in the singular', () => {
    // Twenty customers on a 10-point scale: twelve with F = 0, then 1..8 → scores 1, 7, 7, 8, 8, 9, 9, 10, 10.
    const wide = scoreAxis([...Array(12).fill(0), 1, 2, 3, 4, 5, 6, 7, 8], { method: 'quantile' }, 10, 'higher');
    expect(scoreWarnings(axes(wide.table), 90)[0].message.en).toMatch(/^F: no customer has score 2–6: 60% of customers/);
    // Ten customers on a 3-point scale, seven with F = 2: F=1 → 1; F=2 → 1 + ⌊3·1/10⌋ = 1; F=5 → 1 + ⌊3·8/10⌋ = 3.
    const single = scoreAxis([1, 2, 2, 2, 2, 2, 2, 2, 5, 5], { method: 'quantile' }, 3, 'higher');
    expect(Array.from(single.scores)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 3, 3]);
    const [w] = scoreWarnings(axes(single.table), 90);
    expect(w.emptyScores).toEqual([2]);
    expect(w.message.ru).toMatch(/^F: ни у одного клиента нет балла 2: у 70 % клиентов одно и то же значение \(2 покупки в окне\)/);
    expect(w.message.en).toContain('(2 purchases in the window)');
  });

  it('thresholds: the cut points, not a tie, leave a score empty', () => {
    // cuts 1, 2, 3, 100: F=0 → 1, F=1 → 2, F=2 → 3, F=3 and 4 → 4; nobody reaches 100 → score 5 is empty.
    const t = scoreAxis([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], { method: 'thresholds', cuts: [1, 2, 3, 100] }, 5, 'higher');
    const [w] = scoreWarnings(axes(t.table, scoreAxis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantile' }, 5, 'higher').table), 365);
    expect(w).toMatchObject({ axis: 'frequency', method: 'thresholds', emptyScores: [5], tie: null });
    expect(w.message.en).toBe('F: no customer has score 5: no value falls in its range between the cut points. Check the F cut points against the thresholds table.');
    expect(w.message.ru).toBe('F: ни у одного клиента нет балла 5: в его диапазон между порогами не попало ни одно значение. Проверьте пороги F по таблице порогов.');
  });

  it('says nothing when every score has customers, or when there are fewer customers than scores', () => {
    const even = scoreAxis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantile' }, 5, 'higher');
    expect(scoreWarnings(axes(even.table), 365)).toEqual([]);
    const few = scoreAxis([3, 3], { method: 'quantile' }, 5, 'higher');
    expect(scoreWarnings(axes(few.table), 365)).toEqual([]);
  });
});
