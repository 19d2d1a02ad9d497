import { describe, expect, it } from 'vitest';
import { IntList } from '../../../core/ledger/int-list';

describe('IntList', () => {
  it('appends 32-bit integers in order and grows past its first room', () => {
    const l = new IntList(2);
    const want: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const v = i % 3 === 1 ? -i : i * 1000;
      l.push(v);
      want.push(v);
    }
    expect(l.length).toBe(1000);
    expect(Array.from(l.data.subarray(0, l.length))).toEqual(want);
    expect(l.data.length).toBeGreaterThanOrEqual(1000);
  });

  it('keeps the extremes of a 32-bit integer; entries can be changed through data', () => {
    const l = new IntList();
    l.push(-2147483648);
    l.push(2147483647);
    l.data[0] = 5;
    expect([l.data[0], l.data[1]]).toEqual([5, 2147483647]);
  });
});
