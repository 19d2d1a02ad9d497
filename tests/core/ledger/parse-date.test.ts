import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate } from '../../../core/ledger/parse-date';
import { monthOfName } from '../../../core/ledger/month-names';
import { dayFromYmd, isoFromDay } from '../../../core/time/civil-day';

// 2025-03-12 is day 20159 (dayFromYmd(2025, 3, 12), checked by hand: 55 years × 365 + 14 leap days + 70 days).
const D = 20159;

describe('parseDate', () => {
  it.each([
    ['2025-03-12', D, -1],
    ['2025-03-12 10:00', D, 600],
    ['2025-03-12 10:00:59', D, 600],
    ['2025-03-12T10:05', D, 605],
    ['2025-03-12T10:00:00', D, 600],
    ['2025-03-12T10:00:00.123', D, 600],
    ['2025-03-12T10:00:00Z', D, 600],
    ['2025-03-12T10:00:00+03:00', D, 420],
    ['2025-03-12T01:00:00+03:00', D - 1, 1320],
    ['2025-03-12T22:00:00-0500', D + 1, 180],
    ['2025/3/12', D, -1],
    ['12.03.2025', D, -1],
    ['12.03.2025 9:05', D, 545],
    ['12.3.2025', D, -1],
    ['12/03/2025', D, -1],
    ['12-03-2025', D, -1],
    ['12.03.25', D, -1],
    ['12.03.97', dayFromYmd(1997, 3, 12), -1],
    ['20250312', D, -1],
    ['45728', D, -1],
    ['45728.5', D, 720],
    [' 2025-03-12 ', D, -1],
    ['12/03/2025 10:00 PM', D, 1320],
    ['12/03/2025 12:15 am', D, 15],
  ])('%j → day %d minute %d (dmy, UTC)', (text, day, minute) => {
    expect(parseDate(text)).toEqual({ day, minute });
  });

  // A named month needs no day/month order: the same day whatever dateOrder says.
  it.each([
    ['12 марта 2025', D, -1],
    ['12 марта 2025 г.', D, -1],
    ['12 марта 2025 года в 10:05', D, 605],
    ['1 марта 2025 г., 10:00', D - 11, 600],
    ['ср, 12 мар. 2025', D, -1],
    ['12 Март 2025', D, -1],
    ['12 мая 2025', D + 61, -1],
    ['Mar 12, 2025', D, -1],
    ['March 12, 2025 10:00 PM', D, 1320],
    ['March 3rd, 2025', D - 9, -1],
    ['3rd March 2025', D - 9, -1],
    ['12-Mar-2025', D, -1],
    ['12-Mar-25', D, -1],
    ['12.MAR.2025', D, -1],
    ['Wed, 12 Mar 2025 10:00:00 +0300', D, 420],
    ['12 Sept 2025', D + 184, -1],
    ['12 mart 2025', D, -1],
  ])('%j → day %d minute %d, with either date order', (text, day, minute) => {
    expect(parseDate(text)).toEqual({ day, minute });
    expect(parseDate(text, { dateOrder: 'mdy' })).toEqual({ day, minute });
  });

  it('a named month must be a whole month name, with a day and a year, and a real day', () => {
    for (const text of ['12 марк 2025', '12 марта', 'март 2025', '31 февраля 2025', '12 марта 2025 25:00', 'Итого 12 2025', '12 of March 2025']) {
      expect(parseDate(text), text).toBeNull();
    }
    expect([monthOfName('января'), monthOfName('Май'), monthOfName('sept.'), monthOfName('ДЕКАБРЯ'), monthOfName('марк')]).toEqual([1, 5, 9, 12, 0]);
  });

  it('reads 03/12/2025 as March 12 only when the order is mdy', () => {
    expect(parseDate('03/12/2025', { dateOrder: 'mdy' })).toEqual({ day: D, minute: -1 });
    expect(parseDate('03/12/2025', { dateOrder: 'dmy' })).toEqual({ day: dayFromYmd(2025, 12, 3), minute: -1 });
    expect(parseDate('12/31/2025', { dateOrder: 'dmy' })).toBeNull();
  });

  it('converts instants with an offset into the ledger time zone', () => {
    expect(parseDate('2025-03-11T22:30:00Z', { timeZone: 'Europe/Moscow' })).toEqual({ day: D, minute: 90 });
    expect(parseDate('2025-03-12T10:00:00+03:00', { timeZone: 'Europe/Moscow' })).toEqual({ day: D, minute: 600 });
    // Without an offset the written wall time is kept as it is, whatever the zone.
    expect(parseDate('2025-03-12 10:00', { timeZone: 'Asia/Tashkent' })).toEqual({ day: D, minute: 600 });
  });

  it('reads spreadsheet numbers and Date objects', () => {
    expect(parseDate(45728)).toEqual({ day: D, minute: -1 });
    expect(parseDate(45728.25)).toEqual({ day: D, minute: 360 });
    expect(parseDate(20250312)).toEqual({ day: D, minute: -1 });
    expect(parseDate(new Date(Date.UTC(2025, 2, 12)))).toEqual({ day: D, minute: -1 });
    expect(parseDate(new Date(Date.UTC(2025, 2, 11, 21, 0)), { timeZone: 'Europe/Moscow' })).toEqual({ day: D, minute: -1 });
    expect(parseDate(new Date(Date.UTC(2025, 2, 12, 7, 30)), { timeZone: 'Europe/Moscow' })).toEqual({ day: D, minute: 630 });
    expect(parseDate(1741773600)).toEqual({ day: D, minute: 600 }); // Unix seconds of 2025-03-12 10:00 UTC
  });

  describe('edge cases', () => {
    it.each(['', '  ', 'soon', '2025-02-29', '2025-13-01', '31.04.2025', '2025-03-12 25:00', '2025-03-12 10:61', '00.00.0000', '0', '-5', '12.03', '2025-03-12T10:00:00+99:00', 'NaN'])(
      '%j is not a date',
      (text) => {
        expect(parseDate(text)).toBeNull();
      },
    );
    it('leap day and year ends', () => {
      expect(parseDate('29.02.2024')).toEqual({ day: dayFromYmd(2024, 2, 29), minute: -1 });
      expect(parseDate('1970-01-01')).toEqual({ day: 0, minute: -1 });
      expect(parseDate('1969-12-31')).toEqual({ day: -1, minute: -1 });
    });
    it('non-date cells', () => {
      expect(parseDate(null)).toBeNull();
      expect(parseDate(true)).toBeNull();
      expect(parseDate(new Date(Number.NaN))).toBeNull();
      expect(parseDate(Number.NaN)).toBeNull();
    });
  });

  describe('properties', () => {
    it('never throws on any string', () => {
      fc.assert(fc.property(fc.string(), (s) => void parseDate(s, { timeZone: 'Europe/Moscow' })), { numRuns: 3000 });
    });
    const days = fc.integer({ min: dayFromYmd(1910, 1, 1), max: dayFromYmd(2099, 12, 31) });
    const minutes = fc.integer({ min: 0, max: 1439 });
    it('round trip through ISO, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD and named months', () => {
      fc.assert(
        fc.property(days, minutes, (day, minute) => {
          const iso = isoFromDay(day);
          const [y, m, d] = iso.split('-');
          const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          expect(parseDate(iso)).toEqual({ day, minute: -1 });
          expect(parseDate(`${iso} ${hhmm}`)).toEqual({ day, minute });
          expect(parseDate(`${iso}T${hhmm}:00Z`, { timeZone: 'UTC' })).toEqual({ day, minute });
          expect(parseDate(`${d}.${m}.${y}`)).toEqual({ day, minute: -1 });
          expect(parseDate(`${d}/${m}/${y} ${hhmm}`)).toEqual({ day, minute });
          expect(parseDate(`${m}/${d}/${y}`, { dateOrder: 'mdy' })).toEqual({ day, minute: -1 });
          expect(parseDate(`${y}${m}${d}`)).toEqual({ day, minute: -1 });
          expect(parseDate(day + 25569)).toEqual({ day, minute: -1 });
          const ru = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
          const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
          expect(parseDate(`${Number(d)} ${ru[Number(m) - 1]} ${y} г. ${hhmm}`)).toEqual({ day, minute });
          expect(parseDate(`${en[Number(m) - 1]} ${Number(d)}, ${y}`, { dateOrder: 'mdy' })).toEqual({ day, minute: -1 });
        }),
      );
    });
  });
});
