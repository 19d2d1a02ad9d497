import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configVersion, parseRunConfig } from '../../../core/index';
import { fixtureDir, runInProcess } from '../harness';

/** The settings tab as Google Sheets downloads it as CSV: note, header, key/value rows. */
const SETTINGS_CSV = [
  '"# Managed by the RFM Pulse sidebar",',
  'Параметр / Key,Значение / Value',
  'tabs.transactions,Продажи',
  'kpi.period,month',
  'timeZone,Europe/Moscow',
  'scale,5',
  'recency.method,thresholds',
  'recency.cuts,30; 60; 120; 240',
  'sleep.leadDays,10',
  'windowDays,none',
].join('\n');
const RULES_CSV = ['Сегмент,R от,R до,F от,F до,M от,M до,Название RU,Name EN', 'Top,4,5,4,5,1,5,Лучшие,Top', 'Rest,1,5,1,5,1,5,,'].join('\n');

describe('rfm config export', () => {
  it('turns the settings and Rules tabs (CSV) into a JSON config file and prints its version', async () => {
    const dir = fixtureDir({ 'settings.csv': SETTINGS_CSV, 'rules.csv': RULES_CSV });
    const r = await runInProcess(['config', 'export', '--settings', 'settings.csv', '--rules', 'rules.csv', '--out', 'config.json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(json).toEqual({
      timeZone: 'Europe/Moscow',
      scale: 5,
      recency: { method: 'thresholds', cuts: [30, 60, 120, 240] },
      sleep: { leadDays: 10 },
      windowDays: null,
      segments: [
        { name: 'Top', r: [4, 5], f: [4, 5], m: [1, 5], names: { ru: 'Лучшие', en: 'Top' } },
        { name: 'Rest', r: [1, 5], f: [1, 5], m: [1, 5] },
      ],
    });
    expect(r.stdout).toBe(`config.json: settings version ${configVersion(parseRunConfig(json))}\n`);
    expect(r.stderr).toMatch(/^rfm: примечание: tabs\.\* и kpi\.period описывают таблицу, а не расчёт/);
  });

  describe('edge cases', () => {
    it('a wrong value names the row and key; nothing is written', async () => {
      const dir = fixtureDir({ 'settings.csv': SETTINGS_CSV.replace('30; 60; 120; 240', '30; 10; 120; 240') });
      const r = await runInProcess(['config', 'export', '--settings', 'settings.csv', '--out', 'config.json', '--lang', 'en'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^rfm: --settings settings.csv: row 8, recency.cuts = "30; 10; 120; 240": must be ascending/);
    });
    it('a bad rule names its row and column', async () => {
      const dir = fixtureDir({ 'settings.csv': SETTINGS_CSV, 'rules.csv': RULES_CSV.replace('Top,4,5', 'Top,4,9') });
      const r = await runInProcess(['config', 'export', '--settings', 'settings.csv', '--rules', 'rules.csv'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--rules rules.csv: строка 2, столбец rFrom = "\[4, 9\]": баллы идут от 1 до 5/);
      const en = await runInProcess(['config', 'export', '--settings', 'settings.csv', '--rules', 'rules.csv', '--lang', 'en'], dir);
      expect(en.stderr).toMatch(/--rules rules.csv: row 2, column rFrom = "\[4, 9\]": scores run from 1 to 5/);
    });
    it('no source, or no action, is a clear message', async () => {
      const dir = fixtureDir({});
      expect((await runInProcess(['config', 'export', '--lang', 'en'], dir)).stderr).toMatch(/needs --settings/);
      expect((await runInProcess(['config', '--lang', 'en'], dir)).stderr).toMatch(/needs "export" or "import"/);
      expect((await runInProcess(['config'], dir)).stderr).toMatch(/^rfm: rfm config: нужно "export" или "import" \(задано ничего\)/);
    });
  });
});

describe('rfm config import', () => {
  it('prints the settings tab rows to paste (tab-separated) and they export back to the same config', async () => {
    const config = { timeZone: 'Europe/Moscow', scale: 3, sleep: { leadDays: 7 }, monetary: { method: 'thresholds', cuts: [1000, 5000] } };
    const dir = fixtureDir({ 'config.json': JSON.stringify(config) });
    const r = await runInProcess(['config', 'import', 'config.json'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(2)).toEqual([
      'timeZone\tEurope/Moscow',
      'scale\t3',
      'monetary.method\tthresholds',
      'monetary.cuts\t1000; 5000',
      'sleep.leadDays\t7',
      `# settings version\t${configVersion(parseRunConfig(config))}`,
    ]);
    const csv = await runInProcess(['config', 'import', 'config.json', '--format', 'csv', '--out', 'settings.csv'], dir);
    expect(csv.code).toBe(0);
    const back = await runInProcess(['config', 'export', '--settings', 'settings.csv'], dir);
    expect(JSON.parse(back.stdout)).toEqual(config);
  });
  it('--tab rules prints the preset rules with a header', async () => {
    const dir = fixtureDir({ 'config.json': JSON.stringify({ scale: 3 }) });
    const r = await runInProcess(['config', 'import', 'config.json', '--tab', 'rules'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0].startsWith('Сегмент / Segment\t')).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
  });
  it('edge cases: an invalid config file is rejected with the key', async () => {
    const dir = fixtureDir({ 'config.json': JSON.stringify({ scale: 11 }) });
    const r = await runInProcess(['config', 'import', 'config.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rfm: scale: от 2 до 10\n');
    expect((await runInProcess(['config', 'import', 'config.json', '--lang', 'en'], dir)).stderr).toBe('rfm: scale: must be 2..10\n');
  });
});
