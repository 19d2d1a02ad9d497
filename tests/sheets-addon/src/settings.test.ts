/**
 * Settings validation with core's RunConfigSchema, and saving through the bundle's rfmSaveSettings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSettings, rulesSourceChanged } from '../../../sheets-addon/src/settings';
import { buildToTemp, project, salesRows } from '../helpers';

describe('checkSettings', () => {
  it('accepts minimal settings and fills defaults from the run-config schema', () => {
    const r = checkSettings({ transactionsTab: 'Продажи', config: {} });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.config.windowDays).toBe(365);
      expect(r.settings.config.scale).toBe(5);
      expect(r.settings.kpiPeriod).toBe('month');
      expect(r.settings.leadsTab).toBeNull();
    }
  });

  it('returns every problem with its dotted field path', () => {
    const r = checkSettings({ transactionsTab: '', kpiPeriod: 'week', config: { scale: 3, recency: { method: 'thresholds', cuts: [5, 1] }, colour: 'red' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual(
        expect.arrayContaining([
          { path: 'transactionsTab', message: 'choose the tab with the transactions' },
          { path: 'kpiPeriod', message: 'must be "month" or "quarter"' },
          { path: 'config.colour', message: 'not a known setting' },
        ]),
      );
    }
  });

  it('edge cases: cut points are checked against the scale once the rest is valid', () => {
    const r = checkSettings({ transactionsTab: 'S', config: { scale: 3, recency: { method: 'thresholds', cuts: [5, 1] } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: 'config.recency.cuts', message: 'must be ascending (each cut point above the one before): 1 follows 5' }]);
  });
});

describe('rulesSourceChanged', () => {
  it('is true when the preset, scale, rules or catch-all change and false otherwise', () => {
    const a = { transactionsTab: 'S', config: { preset: 'classic' as const } };
    expect(rulesSourceChanged(a, { ...a, config: { preset: 'classic', windowDays: 90 } })).toBe(false);
    expect(rulesSourceChanged(a, { ...a, config: { preset: 'billz' } })).toBe(true);
    expect(rulesSourceChanged(null, a)).toBe(true);
  });
});

describe('rfmSaveSettings through the bundle', () => {
  let distDir = '';
  beforeAll(async () => {
    ({ distDir } = await buildToTemp());
  });

  it('checks tabs and columns against the spreadsheet and saves nothing on error', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    const bad = p.call('rfmSaveSettings', [{ transactionsTab: 'Нет', leadsTab: 'Тоже нет', language: 'xx', config: {} }]) as { ok: boolean; errors: unknown[] };
    expect(bad).toEqual({
      ok: false,
      errors: [
        { path: 'language', message: 'нужно «ru» или «en»' },
        { path: 'transactionsTab', message: 'нет вкладки «Нет»' },
        { path: 'leadsTab', message: 'нет вкладки «Тоже нет»' },
      ],
    });
    const cols = p.call('rfmSaveSettings', [{ transactionsTab: 'Продажи', language: 'ru', config: { columns: { amount: 'Выручка' } } }]) as { ok: boolean; errors: { path: string; message: string }[] };
    expect(cols.ok).toBe(false);
    expect(cols.errors[0].path).toBe('config.columns');
    expect(cols.errors[0].message).toMatch(/«Выручка».*Клиент, Дата оплаты, Сумма/);
    expect(p.documentProperties.store.size).toBe(0);
  });

  it('a title row above the header: the sidebar shows the real header and saving accepts it', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', [['Продажи за март 2025', '', '', '', '', ''], ...salesRows(p)]);
    const cols = p.call('rfmTabColumns', ['Продажи']) as { headers: string[]; detected: Record<string, string>; error: string | null };
    expect(cols.error).toBeNull();
    expect(cols.headers.slice(0, 3)).toEqual(['Клиент', 'Дата оплаты', 'Сумма']);
    expect(cols.detected).toMatchObject({ customer: 'Клиент', date: 'Дата оплаты', amount: 'Сумма' });
    expect((p.call('rfmSaveSettings', [{ transactionsTab: 'Продажи', language: 'ru', config: {} }]) as { ok: boolean }).ok).toBe(true);
  });

  it('saving another language rebuilds the menu in it', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    expect(p.call('rfmSaveSettings', [{ transactionsTab: 'Продажи', language: 'en', config: {} }])).toEqual({ ok: true, message: 'Saved. Refresh from the menu.' });
    expect(p.ui.menus.at(-1)!.items[0]).toEqual({ caption: 'Refresh now', fn: 'rfmRefreshNow' });
    const menus = p.ui.menus.length;
    p.call('rfmSaveSettings', [{ transactionsTab: 'Продажи', language: 'en', config: {} }]);
    expect(p.ui.menus).toHaveLength(menus);
  });

  it('the sidebar state lists only user tabs and the detected columns', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    p.call('rfmRefreshNow');
    const state = p.call('rfmSidebarState') as { tabs: string[]; columns: { detected: Record<string, string> }; settings: { transactionsTab: string } };
    expect(state.tabs).toEqual(['Продажи']);
    expect(state.settings.transactionsTab).toBe('Продажи');
    expect(state.columns.detected).toMatchObject({ customer: 'Клиент', date: 'Дата оплаты', amount: 'Сумма', manager: 'Менеджер' });
  });
});
