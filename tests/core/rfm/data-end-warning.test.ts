import { describe, expect, it } from 'vitest';
import { dataEndWarning, futurePurchasesWarning, STALE_DATA_DAYS } from '../../../core/rfm/data-end-warning';
import { dayFromYmd } from '../../../core/time/civil-day';

// 2006-12-30 is day 13512; 2026-11-23 is day 20780 (7,268 days later).
const LAST = dayFromYmd(2006, 12, 30);
const TODAY = dayFromYmd(2026, 11, 23);

describe('dataEndWarning', () => {
  it('a run as of today on data that ended long ago names the newest purchase and the way out, in both languages', () => {
    const w = dataEndWarning(LAST, TODAY, 'today', 365);
    expect(w?.en).toBe(
      'The newest purchase in the data is on 2006-12-30, 7,268 days before the as-of date 2026-11-23 (today): the 365-day window holds no purchase, and every customer looks asleep. To score the data as of its own end, set the as-of date to latest; if the export is old, export it again.',
    );
    expect(w?.ru).toBe(
      'Самая поздняя покупка в данных — 2006-12-30, за 7\u00a0268 дн. до даты расчёта 2026-11-23 (сегодня): в окне 365 дн. нет ни одной покупки, и все клиенты выглядят уснувшими. Чтобы считать на конец данных, задайте дату расчёта latest; если выгрузка старая, выгрузите данные заново.',
    );
  });
  it(`as of today: from ${STALE_DATA_DAYS} days after the newest purchase on, even with purchases in the window`, () => {
    expect(dataEndWarning(TODAY - STALE_DATA_DAYS + 1, TODAY, 'today', 365)).toBeNull();
    expect(dataEndWarning(TODAY - STALE_DATA_DAYS, TODAY, 'today', 365)?.en).toBe(
      "The newest purchase in the data is on 2026-10-24, 30 days before the as-of date 2026-11-23 (today): every customer's recency counts from that date. To score the data as of its own end, set the as-of date to latest; if the export is old, export it again.",
    );
  });
  it('a date the user chose warns only when the window holds no purchase; latest never; all history never', () => {
    expect(dataEndWarning(TODAY - 200, TODAY, 'date', 365)).toBeNull();
    expect(dataEndWarning(TODAY - 366, TODAY, 'date', 365)?.en).toMatch(/^The newest purchase in the data is on 2025-11-22, 366 days before the as-of date 2026-11-23: the 365-day window/);
    expect(dataEndWarning(TODAY - 1, TODAY, 'latest', 365)).toBeNull();
    expect(dataEndWarning(LAST, TODAY, 'date', null)).toBeNull();
    expect(dataEndWarning(null, TODAY, 'today', 365)).toBeNull();
  });

  it('what latest passed over, with plural forms', () => {
    const asOf = dayFromYmd(2025, 3, 13);
    const one = futurePurchasesWarning({ purchases: 1, newestDay: dayFromYmd(2052, 3, 12) }, asOf);
    expect(one.en).toBe(
      '1 purchase dated after today (the newest on 2052-03-12) was passed over: the as-of date latest is 2025-03-13, the day after the last purchase up to today. Check those orders\' dates (their rows are in the quality report, "dated after").',
    );
    expect(one.ru).toBe(
      '1 покупка с датой позже сегодняшней (самая поздняя — 2052-03-12) пропущена: дата расчёта latest — 2025-03-13, день после последней покупки не позже сегодня. Проверьте даты этих заказов (строки — в отчёте о качестве, «даты позже»).',
    );
    const three = futurePurchasesWarning({ purchases: 3, newestDay: dayFromYmd(2052, 3, 12) }, asOf);
    expect(three.ru).toMatch(/^3 покупки с датой позже сегодняшней \(самая поздняя — 2052-03-12\) пропущены:/);
    expect(three.en).toMatch(/^3 purchases dated after today \(the newest on 2052-03-12\) were passed over:/);
    expect(futurePurchasesWarning({ purchases: 5, newestDay: dayFromYmd(2052, 3, 12) }, asOf).ru).toMatch(/^5 покупок /);
  });
});
