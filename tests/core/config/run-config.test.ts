import { describe, expect, it } from 'vitest';
import { cutsProblem, parseRunConfig, RunConfigSchema } from '../../../core/config/run-config';
import { UserInputError } from '../../../core/errors';

function errorOf(json: unknown): UserInputError {
  try {
    parseRunConfig(json);
  } catch (e) {
    expect(e).toBeInstanceOf(UserInputError);
    return e as UserInputError;
  }
  throw new Error('expected a UserInputError');
}

describe('parseRunConfig', () => {
  it('parses the example of issue 3 exactly', () => {
    const c = parseRunConfig({
      asOf: '2006-12-31',
      windowDays: null,
      scale: 5,
      recency: { method: 'thresholds', cuts: [115, 181, 297, 482] },
      frequency: { method: 'quantile' },
      monetary: { method: 'quantile' },
      segments: [{ name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] }],
      otherSegment: 'Others',
      columns: { customer: 'customer_id', date: 'order_date', amount: 'revenue' },
    });
    expect(c.asOf).toBe('2006-12-31');
    expect(c.windowDays).toBeNull();
    expect(c.scale).toBe(5);
    expect(c.recency).toEqual({ method: 'thresholds', cuts: [115, 181, 297, 482] });
    expect(c.segments).toEqual([{ name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] }]);
    expect(c.columns).toEqual({ customer: 'customer_id', date: 'order_date', amount: 'revenue' });
  });

  it('fills the documented defaults', () => {
    const c = parseRunConfig({});
    expect(c.asOf).toBeUndefined();
    expect(c.timeZone).toBe('UTC');
    expect(c.windowDays).toBe(365);
    expect(c.scale).toBe(5);
    expect(c.recency).toEqual({ method: 'quantile' });
    expect(c.sleep).toEqual({ percentile: 90, minGaps: 30, leadDays: 14, crossedDays: 7, personal: true, personalFactor: 2, personalMinPurchases: 3 });
    expect(c.spikeGuard).toEqual({ excludePromo: false, capMultiple: null });
    expect(c.otherSegment).toBe('Others');
    expect(c.language).toBe('ru');
  });

  it('takes the scale from the preset when none is given', () => {
    expect(parseRunConfig({ preset: 'billz' }).scale).toBe(3);
    expect(parseRunConfig({ preset: 'classic' }).scale).toBe(5);
    expect(parseRunConfig({ preset: 'billz', scale: 4 }).scale).toBe(4);
  });

  it('accepts latest, a manual boundary and playbook overrides', () => {
    const c = parseRunConfig({ asOf: 'latest', sleep: { boundaryDays: 84 }, playbook: { Lost: { channel: 'e-mail', offer: { ru: 'бонус', en: 'bonus' } } } });
    expect(c.asOf).toBe('latest');
    expect(c.sleep.boundaryDays).toBe(84);
    expect(c.sleep.leadDays).toBe(14);
    expect(c.playbook.Lost.channel).toBe('e-mail');
  });

  it('names the key path of each problem', () => {
    expect(errorOf({ recency: { method: 'thresholds', cuts: [115, 100, 297, 482] } }).messageIn('en')).toMatch(/^recency\.cuts: must be ascending/);
    expect(errorOf({ recency: { method: 'thresholds', cuts: [115, 100, 297, 482] } }).key).toBe('recency.cuts');
    expect(errorOf({ monetary: { method: 'thresholds', cuts: [10, 20] } }).messageIn('en')).toBe('monetary.cuts: needs exactly 4 cut points for scale 5 (got 2)');
    expect(errorOf({ scale: 11 }).messageIn('en')).toBe('scale: must be 2..10');
    expect(errorOf({ windowDays: 0 }).messageIn('en')).toBe('windowDays: must be above 0');
    expect(errorOf({ asOf: '2006-02-30' }).messageIn('en')).toMatch(/^asOf: must be "latest" or a real date/);
    expect(errorOf({ segments: [{ name: 'A', r: [5, 4], f: [1, 1], m: [1, 1] }] }).messageIn('en')).toBe('segments[0].r: lowest score must not exceed highest');
    expect(errorOf({ scale: 3, segments: [{ name: 'A', r: [1, 5], f: [1, 1], m: [1, 1] }] }).messageIn('en')).toBe('segments[0].r: scores run from 1 to 3; [1, 5] is outside');
    expect(errorOf({ preset: 'classic', scale: 3 }).key).toBe('preset');
    expect(errorOf({ sleep: { percentil: 90 } }).messageIn('en')).toBe('sleep.percentil: not a known setting (check the spelling)');
    expect(errorOf({ columns: { client: 'Client' } }).key).toBe('columns.client');
    expect(errorOf({ timeZone: 'Mars/Olympus' }).key).toBe('timeZone');
    expect(errorOf({ recency: { method: 'median' } }).key).toBe('recency.method');
  });

  it('says every problem in Russian too (the CLI prints the language of the user)', () => {
    expect(errorOf({ scale: 11 }).messageIn('ru')).toBe('scale: от 2 до 10');
    expect(errorOf({ monetary: { method: 'thresholds', cuts: [10, 20] } }).messageIn('ru')).toBe('monetary.cuts: для шкалы 5 нужно порогов: 4 (задано: 2)');
    expect(errorOf({ sleep: { percentil: 90 } }).messageIn('ru')).toBe('sleep.percentil: неизвестная настройка (проверьте написание)');
    expect(errorOf({ scale: 1, windowDays: 0 }).messageIn('ru')).toBe('windowDays: должно быть больше 0; scale: от 2 до 10');
  });

  it('lists every problem, not only the first', () => {
    const e = errorOf({ scale: 1, language: 'de' });
    expect(e.messageIn('en')).toContain('scale:');
    expect(e.messageIn('en')).toContain('language:');
  });

  describe('edge cases', () => {
    it('rejects non-objects with a one-line message', () => {
      expect(errorOf(null).messageIn('en')).toMatch(/^config: must be a JSON object/);
      expect(errorOf([1]).key).toBe('config');
    });
    it('scale 2 needs one cut point, scale 10 nine', () => {
      expect(parseRunConfig({ scale: 2, frequency: { method: 'thresholds', cuts: [2] } }).frequency).toEqual({ method: 'thresholds', cuts: [2] });
      expect(() => parseRunConfig({ scale: 10, frequency: { method: 'thresholds', cuts: [1, 2, 3] } })).toThrow(/needs exactly 9/);
    });
    it('equal cut points are not ascending', () => {
      expect(cutsProblem([1, 1], 3)).toMatch(/must be ascending/);
      expect(cutsProblem([1, 2], 3)).toBeNull();
    });
    it('the schema is usable directly', () => {
      expect(RunConfigSchema.safeParse({ scale: 3 }).success).toBe(true);
    });
  });
});
