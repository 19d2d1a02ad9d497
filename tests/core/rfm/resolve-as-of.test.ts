import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../core/errors';
import { resolveAsOf } from '../../../core/rfm/resolve-as-of';
import { dayFromIso } from '../../../core/time/civil-day';
import { makeLedger } from '../../helpers/make-ledger';

const ledger = makeLedger([
  { customer: 'a', date: '2025-01-10', amount: 10 },
  { customer: 'a', date: '2025-01-20', amount: -10 },
]);

describe('resolveAsOf', () => {
  it('a date is taken as given', () => {
    expect(resolveAsOf('2025-02-01', ledger, undefined)).toEqual({ day: dayFromIso('2025-02-01'), source: 'date', skippedFuture: null });
  });
  it('latest = the day after the last purchase (refunds do not count)', () => {
    expect(resolveAsOf('latest', ledger, undefined)).toEqual({ day: dayFromIso('2025-01-11'), source: 'latest', skippedFuture: null });
  });
  it('latest passes over purchases dated after today (a typed 2052), counting them; all of them ahead: the last one', () => {
    const typo = makeLedger([
      { customer: 'a', date: '2025-01-10', amount: 10 },
      { customer: 'b', date: '2052-03-12', amount: 20 },
      { customer: 'b', date: '2051-01-01', amount: 5 },
    ]);
    const today = dayFromIso('2025-03-12') as number;
    expect(resolveAsOf('latest', typo, today)).toEqual({
      day: dayFromIso('2025-01-11'),
      source: 'latest',
      skippedFuture: { purchases: 2, newestDay: dayFromIso('2052-03-12') },
    });
    // Without today nothing is known to be ahead; with every purchase ahead, the data's own end is all there is.
    expect(resolveAsOf('latest', typo, undefined).day).toBe(dayFromIso('2052-03-13'));
    expect(resolveAsOf('latest', typo, dayFromIso('2020-01-01') as number)).toMatchObject({ day: dayFromIso('2052-03-13'), skippedFuture: null });
  });
  it('omitted = today as supplied by the adapter', () => {
    expect(resolveAsOf(undefined, ledger, 20000)).toEqual({ day: 20000, source: 'today', skippedFuture: null });
  });
  describe('edge cases', () => {
    it('latest on a ledger without purchases is a user error', () => {
      expect(() => resolveAsOf('latest', makeLedger([]), undefined)).toThrow(UserInputError);
    });
    it('no date and no today is a user error naming asOf', () => {
      expect(() => resolveAsOf(undefined, ledger, undefined)).toThrow(/^asOf:/);
    });
    it('an impossible date is a user error', () => {
      expect(() => resolveAsOf('2025-02-30', ledger, undefined)).toThrow(/not a real date/);
    });
  });
});
