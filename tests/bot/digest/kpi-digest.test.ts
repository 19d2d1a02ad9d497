import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../core';
import { defaultKpiPeriod, formatChange, formatKpiValue } from '../../../bot/digest/kpi-digest';
import type { RenderContext } from '../../../bot/digest/types';

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const ru: RenderContext = { lang: 'ru', t: (k) => k, currency: 'RUB', timeZone: 'Europe/Moscow' };
const en: RenderContext = { ...ru, lang: 'en', currency: 'USD' };

describe('KPI digest formatting', () => {
  it('defaults to month to date, or the previous month on the 1st', () => {
    expect(defaultKpiPeriod(dayFromIso('2026-11-23')!).label).toBe('2026-11-01..2026-11-22');
    expect(defaultKpiPeriod(dayFromIso('2026-12-01')!).label).toBe('2026-11');
    expect(defaultKpiPeriod(dayFromIso('2026-01-01')!).label).toBe('2025-12');
  });
  it('formats values by unit: percent, points, money from cents, scores', () => {
    expect(nb(formatKpiValue(6.54, '%', ru))).toBe('6,5 %');
    expect(nb(formatKpiValue(2.1, 'pp', ru))).toBe('+2,1 п.п.');
    expect(nb(formatKpiValue(667557, 'money', ru))).toBe('6 675,57 ₽');
    expect(formatKpiValue(667500, 'money-per-customer', en)).toBe('US$6,675');
    expect(formatKpiValue(64.4, 'score', en)).toBe('64');
    expect(formatKpiValue(12, 'customers', en)).toBe('12');
  });
  describe('edge cases', () => {
    it('signs changes, never printing "-0" for a small score move', () => {
      expect(nb(formatChange(-0.4, 'score', ru))).toBe('-0,4');
      expect(nb(formatChange(0.5, 'pp', ru))).toBe('+0,5 п.п.');
      expect(nb(formatChange(-4515, 'money', ru))).toBe('-45,15 ₽');
      expect(nb(formatChange(13571, 'money', ru))).toBe('+135,71 ₽');
    });
  });
});
