import { describe, expect, it } from 'vitest';
import { trackOf } from '../../../core/segments/track-of';

describe('trackOf', () => {
  it('seed 003 on 3 points', () => {
    expect(trackOf(3, 3, 3, 3)).toBe('best');
    expect(trackOf(2, 3, 3, 3)).toBe('best');
    expect(trackOf(2, 3, 2, 3)).toBe('asleep');
    expect(trackOf(2, 2, 1, 3)).toBe('asleep');
    expect(trackOf(1, 3, 3, 3)).toBe('churned');
    expect(trackOf(1, 1, 1, 3)).toBe('churned');
    expect(trackOf(3, 1, 3, 3)).toBe('beginners');
    expect(trackOf(3, 2, 2, 3)).toBe('beginners');
    expect(trackOf(2, 1, 1, 3)).toBe('beginners');
    expect(trackOf(3, 3, 1, 3)).toBe('growth');
  });
  it('5 points via tiers', () => {
    expect(trackOf(1, 5, 5, 5)).toBe('churned');
    expect(trackOf(2, 4, 5, 5)).toBe('best');
    expect(trackOf(3, 2, 1, 5)).toBe('asleep');
    expect(trackOf(4, 3, 5, 5)).toBe('beginners');
    expect(trackOf(5, 5, 3, 5)).toBe('growth');
  });
});
