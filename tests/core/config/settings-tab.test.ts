import { describe, expect, it } from 'vitest';
import { parseRulesTable, readSettingsTab, rulesTableRows, settingsProblemText, settingsTabConfig, settingsTabRows, configVersion, parseRunConfig } from '../../../core/index';

describe('settingsTabRows ↔ settingsTabConfig', () => {
  const input = {
    scale: 5,
    timeZone: 'Europe/Moscow',
    windowDays: null,
    recency: { method: 'thresholds' as const, cuts: [115, 181, 297, 482] },
    sleep: { leadDays: 14, personal: false },
    spikeGuard: { capMultiple: 3.5 },
    columns: { customer: 'Клиент', amount: 'Сумма' },
    playbook: { Champions: { offer: 'ранний доступ' } },
    language: 'ru' as const,
  };
  it('writes human-readable key/value rows after a note and a header', () => {
    const rows = settingsTabRows(input, { transactionsTab: 'Продажи', kpiPeriod: 'month' });
    expect(rows[0][0].startsWith('#')).toBe(true);
    const map = Object.fromEntries(rows.slice(2));
    expect(map['recency.cuts']).toBe('115; 181; 297; 482');
    expect(map['recency.method']).toBe('thresholds');
    expect(map['windowDays']).toBe('none');
    expect(map['sleep.leadDays']).toBe('14');
    expect(map['sleep.personal']).toBe('false');
    expect(map['columns.customer']).toBe('Клиент');
    expect(map['tabs.transactions']).toBe('Продажи');
    expect(map['playbook']).toBe('{"Champions":{"offer":"ранний доступ"}}');
  });
  it('reads them back to the same configuration and version', () => {
    const rows = settingsTabRows(input, { transactionsTab: 'Продажи', kpiPeriod: 'quarter' });
    const back = settingsTabConfig(rows);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.workbook).toEqual({ transactionsTab: 'Продажи', kpiPeriod: 'quarter' });
    expect(back.config).toEqual(parseRunConfig(input));
    expect(configVersion(back.config)).toBe(configVersion(parseRunConfig(input)));
  });
  it('reads typed cells: numbers, booleans, comma decimals, a date serial', () => {
    const r = readSettingsTab([['scale', 3], ['sleep.personal', true], ['sleep.personalFactor', '1,5'], ['asOf', 45728]]);
    expect(r.problems).toEqual([]);
    expect(r.input).toEqual({ scale: 3, sleep: { personal: true, personalFactor: 1.5 }, asOf: '2025-03-12' });
  });
  describe('edge cases', () => {
    it('names the row and key of a wrong value, an unknown key, a repeated key', () => {
      const r = readSettingsTab([['# note'], ['Параметр / Key', 'Значение / Value'], ['scale', 'five'], ['recency.cutz', '1'], ['scale', '5']]);
      expect(r.problems).toEqual([
        { row: 3, key: 'scale', value: 'five', reason: 'must be a number' },
        { row: 4, key: 'recency.cutz', value: '1', reason: 'not a known setting (check the spelling)' },
        { row: 5, key: 'scale', value: '5', reason: 'repeats row 3; keep one' },
      ]);
    });
    it('schema problems come back with the row of the key', () => {
      const res = settingsTabConfig([['x'], ['recency.method', 'thresholds'], ['recency.cuts', '30; 10; 60; 90']]);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.problems).toHaveLength(1);
      expect(res.problems[0].row).toBe(3);
      expect(res.problems[0].key).toBe('recency.cuts');
      expect(settingsProblemText(res.problems[0])).toMatch(/^row 3, recency.cuts = "30; 10; 60; 90": must be ascending/);
    });
    it('empty values mean defaults; defaults fill unset keys', () => {
      const res = settingsTabConfig([['scale', ''], ['sleep.leadDays', 7]], { defaults: { timeZone: 'Europe/Moscow' } });
      expect(res.ok && res.config.scale).toBe(5);
      expect(res.ok && res.config.timeZone).toBe('Europe/Moscow');
      expect(res.ok && res.config.sleep.leadDays).toBe(7);
    });
  });
});

describe('rules table', () => {
  const rules = [
    { name: 'Top', r: [4, 5] as [number, number], f: [4, 5] as [number, number], m: [1, 5] as [number, number], names: { ru: 'Лучшие' } },
    { name: 'Rest', r: [1, 5] as [number, number], f: [1, 5] as [number, number], m: [1, 5] as [number, number] },
  ];
  it('round-trips', () => {
    const values = [['header'], ...rulesTableRows(rules)];
    expect(values[1]).toEqual(['Top', 4, 5, 4, 5, 1, 5, 'Лучшие', null]);
    expect(parseRulesTable(values, {})).toEqual({ ok: true, rules });
  });
  it('edge cases: a score outside the scale and a non-number, with rows and columns', () => {
    const bad = parseRulesTable([['h'], ['Top', 0, 5, 4, 5, 1, 5], ['Rest', 1, 5, 'x', 5, 1, 5]], {});
    expect(bad).toEqual({ ok: false, problems: [{ row: 3, column: 3, value: 'x', code: 'integer', message: 'needs a whole number (a score)' }] });
    const out = parseRulesTable([['h'], ['Top', 0, 5, 4, 5, 1, 5]], {});
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]).toMatchObject({ row: 2, column: 1, value: '[0, 5]', code: 'schema' });
    expect(parseRulesTable([['h']], {})).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
  });
});
