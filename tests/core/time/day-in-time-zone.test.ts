import { describe, expect, it } from 'vitest';
import { dayInTimeZone } from '../../../core/time/day-in-time-zone';
import { civilMinuteInTimeZone } from '../../../core/time/civil-minute-in-time-zone';
import { UserInputError } from '../../../core/errors';

describe('dayInTimeZone', () => {
  it('22:30 UTC on 11 March is 12 March in Moscow (UTC+3) and 11 March in UTC', () => {
    const t = Date.UTC(2025, 2, 11, 22, 30);
    expect(dayInTimeZone(t, 'Europe/Moscow')).toBe(20159);
    expect(dayInTimeZone(t, 'UTC')).toBe(20158);
    expect(dayInTimeZone(t, 'America/New_York')).toBe(20158);
  });
  it('civil minute keeps the wall-clock time', () => {
    expect(civilMinuteInTimeZone(Date.UTC(2025, 2, 11, 22, 30), 'Europe/Moscow')).toBe(20159 * 1440 + 90);
    expect(civilMinuteInTimeZone(Date.UTC(2025, 2, 12, 5, 0), 'Asia/Tashkent')).toBe(20159 * 1440 + 600);
  });
  describe('edge cases', () => {
    it('daylight saving change in New York (2025-03-09 02:00 local skips to 03:00)', () => {
      expect(civilMinuteInTimeZone(Date.UTC(2025, 2, 9, 7, 0), 'America/New_York')).toBe(20156 * 1440 + 180);
    });
    it('before 1970', () => {
      expect(dayInTimeZone(Date.UTC(1969, 11, 31, 23, 0), 'UTC')).toBe(-1);
    });
    it('an unknown zone is a user mistake', () => {
      expect(() => dayInTimeZone(0, 'Mars/Olympus')).toThrow(UserInputError);
    });
  });
});

describe('civilMinuteInTimeZone cache', () => {
  it('agrees with a direct Intl reading at any instant 1950-2100 in zones with DST and odd offsets', async () => {
    const fc = (await import('fast-check')).default;
    const { civilMinuteByIntl } = await import('../../../core/time/civil-minute-in-time-zone');
    const zones = ['Europe/Moscow', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Asia/Tashkent', 'Europe/London', 'America/St_Johns', 'Africa/Monrovia', 'Pacific/Chatham'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (t, zone) => {
        expect(civilMinuteInTimeZone(t, zone)).toBe(civilMinuteByIntl(t, zone));
      }),
      { numRuns: 5000 },
    );
  });
  it('a change off the quarter hour: Newfoundland went to summer time at 00:01 local (03:31 UTC) on 1995-04-02', async () => {
    const { civilMinuteByIntl } = await import('../../../core/time/civil-minute-in-time-zone');
    const start = Date.UTC(1995, 3, 2, 3, 0);
    for (let m = 0; m < 60; m++) {
      const t = start + m * 60_000;
      expect(civilMinuteInTimeZone(t, 'America/St_Johns')).toBe(civilMinuteByIntl(t, 'America/St_Johns'));
    }
    // 03:31 UTC is 01:01 NDT (UTC−2:30), one minute after 00:00 NST (UTC−3:30).
    expect(civilMinuteInTimeZone(Date.UTC(1995, 3, 2, 3, 31), 'America/St_Johns') % 1440).toBe(61);
    expect(civilMinuteInTimeZone(Date.UTC(1995, 3, 2, 3, 30), 'America/St_Johns') % 1440).toBe(0);
  });
  it('before 1973 a zone may keep local mean time with seconds (Liberia −0:44:30): every minute still right', async () => {
    const { civilMinuteByIntl } = await import('../../../core/time/civil-minute-in-time-zone');
    const start = Date.UTC(1960, 5, 1, 12, 0);
    for (let s = 0; s < 180; s += 7) {
      const t = start + s * 1000;
      expect(civilMinuteInTimeZone(t, 'Africa/Monrovia')).toBe(civilMinuteByIntl(t, 'Africa/Monrovia'));
    }
  });
  it('around a DST change, minute by minute', async () => {
    const { civilMinuteByIntl } = await import('../../../core/time/civil-minute-in-time-zone');
    const start = Date.UTC(2025, 2, 9, 6, 0);
    for (let m = 0; m < 240; m++) {
      const t = start + m * 60_000 + 17_000;
      expect(civilMinuteInTimeZone(t, 'America/New_York')).toBe(civilMinuteByIntl(t, 'America/New_York'));
    }
  });
});
