/**
 * Russian for core's and zod's validation messages (checked by reading: each says the same as the English).
 */
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../sheets-addon/src/settings';
import { translateMessage } from '../../../core/config/translate-config-message';

describe('translateMessage', () => {
  it('translates fixed messages and messages with numbers', () => {
    expect(translateMessage('ru', 'must be 2..10')).toBe('от 2 до 10');
    expect(translateMessage('ru', 'needs exactly 4 cut points for scale 5 (got 3)')).toBe('для шкалы 5 нужно порогов: 4 (задано: 3)');
    expect(translateMessage('ru', 'must be ascending (each cut point above the one before): 30 follows 90')).toBe('пороги должны возрастать: 30 стоит после 90');
    expect(translateMessage('ru', 'Invalid input: expected number, received string')).toBe('нужно число');
  });

  it('leaves English and unknown messages as they are', () => {
    expect(translateMessage('en', 'must be 2..10')).toBe('must be 2..10');
    expect(translateMessage('ru', 'something new')).toBe('something new');
  });

  it('edge cases: every message the settings schema gives for a bad form has a Russian form', () => {
    const r = checkSettings({
      transactionsTab: '',
      kpiPeriod: 'week',
      config: { scale: 1, windowDays: 0, asOf: 'завтра', timeZone: 'Mars/Olympus', preset: 'x', dateOrder: 'ymd', recency: { method: 'x' }, sleep: { leadDays: -1, boundaryDays: 1.5 }, extra: 1 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      for (const e of r.errors) expect(translateMessage('ru', e.message), e.message).toMatch(/[а-яё]/i);
    }
  });
});
