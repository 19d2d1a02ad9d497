import { describe, expect, it } from 'vitest';
import { DAYS, pluralWord, PURCHASES } from '../../core/plural-word';

describe('pluralWord', () => {
  it.each([
    [1, 'покупка'],
    [3, 'покупки'],
    [5, 'покупок'],
    [11, 'покупок'],
    [21, 'покупка'],
    [22, 'покупки'],
    [0, 'покупок'],
    [1.5, 'покупок'],
  ])('ru %d → %s', (n, word) => expect(pluralWord('ru', n, PURCHASES)).toBe(word));
  it('en: one, or other', () => {
    expect([0, 1, 2, 21].map((n) => pluralWord('en', n, DAYS))).toEqual(['days', 'day', 'days', 'days']);
  });
});
