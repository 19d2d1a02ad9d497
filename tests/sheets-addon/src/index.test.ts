/**
 * The built bundle's entry points, run in node:vm with the Apps Script fakes: the menu in every
 * authorization mode, every handler reachable as a top-level function, the daily trigger created once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuthMode } from '../fakes/index';
import { buildToTemp, project, salesRows } from '../helpers';

let distDir = '';
let names: string[] = [];

beforeAll(async () => {
  ({ distDir, names } = await buildToTemp());
});

const ENTRY_POINTS = [
  'onInstall',
  'onOpen',
  'rfmDailyOff',
  'rfmDailyOn',
  'rfmDailyRefresh',
  'rfmRefreshNow',
  'rfmSaveSettings',
  'rfmShowHelp',
  'rfmShowSettings',
  'rfmSidebarState',
  'rfmSwitchLanguage',
  'rfmTabColumns',
];

describe('bundle shape', () => {
  it('exports exactly the entry points, each a top-level function declaration', () => {
    expect(names).toEqual(ENTRY_POINTS);
    const code = readFileSync(path.join(distDir, 'Code.js'), 'utf8');
    for (const n of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${n}\\(\\) \\{`, 'm'));
    const p = project(distDir);
    for (const n of ENTRY_POINTS) expect(p.hasFunction(n)).toBe(true);
  });

  it('uses no syntax or library call newer than ES2020 (Apps Script V8)', () => {
    const code = readFileSync(path.join(distDir, 'Code.js'), 'utf8');
    for (const newer of ['??=', '||=', '&&=', '.at(', '.replaceAll(', 'Object.hasOwn(', '.findLast(', '.toSorted(', 'structuredClone(']) {
      expect(code.includes(newer), newer).toBe(false);
    }
  });

  it('every menu item calls a top-level function of the bundle', () => {
    const p = project(distDir);
    p.call('onOpen', [], { authMode: AuthMode.LIMITED, event: { authMode: AuthMode.LIMITED } });
    const items = p.ui.menus[0].items.filter((i): i is { caption: string; fn: string } => 'fn' in i);
    expect(items.map((i) => i.fn)).toEqual(['rfmRefreshNow', 'rfmShowSettings', 'rfmDailyOn', 'rfmDailyOff', 'rfmShowHelp', 'rfmSwitchLanguage']);
    for (const i of items) expect(p.hasFunction(i.fn)).toBe(true);
  });

  it('ships the manifest with V8 and only the three scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
  });
});

describe('onOpen', () => {
  it('in AuthMode.NONE builds the menu from the user locale and touches no document or properties', () => {
    const p = project(distDir, { userLocale: 'en' });
    p.call('onOpen', [], { authMode: AuthMode.NONE, event: { authMode: AuthMode.NONE } });
    expect(p.ui.menus).toHaveLength(1);
    expect(p.ui.menus[0].kind).toBe('addon');
    expect(p.ui.menus[0].items[0]).toEqual({ caption: 'Refresh now', fn: 'rfmRefreshNow' });
    const apis = Object.keys(p.env.log.summary());
    expect(apis.some((a) => a.startsWith('Properties') || a.startsWith('Spreadsheet.') || a.startsWith('Sheet.') || a.startsWith('Range.') || a.startsWith('LockService'))).toBe(false);
    expect(apis).not.toContain('SpreadsheetApp.getActiveSpreadsheet');
  });

  it('in AuthMode.NONE with a Russian user locale shows the Russian menu', () => {
    const p = project(distDir, { userLocale: 'ru' });
    p.call('onOpen', [], { authMode: AuthMode.NONE, event: { authMode: AuthMode.NONE } });
    expect(p.ui.menus[0].items.map((i) => ('caption' in i ? i.caption : '—'))).toEqual([
      'Обновить сейчас',
      'Настройки',
      '—',
      'Включить ежедневное обновление',
      'Выключить ежедневное обновление',
      '—',
      'Справка',
      'English menu',
    ]);
  });

  it('in LIMITED mode follows the spreadsheet locale, and the saved language once switched', () => {
    const p = project(distDir, { locale: 'en_US', userLocale: 'ru' });
    p.call('onOpen', [], { authMode: AuthMode.LIMITED, event: { authMode: AuthMode.LIMITED } });
    expect(p.ui.menus[0].items[0]).toEqual({ caption: 'Refresh now', fn: 'rfmRefreshNow' });
    expect(p.call('rfmSwitchLanguage')).toBe('ru');
    expect(p.ui.menus[1].items[0]).toEqual({ caption: 'Обновить сейчас', fn: 'rfmRefreshNow' });
    p.call('onOpen', [], { authMode: AuthMode.LIMITED, event: { authMode: AuthMode.LIMITED } });
    expect(p.ui.menus[2].items[0]).toEqual({ caption: 'Обновить сейчас', fn: 'rfmRefreshNow' });
  });

  it('onInstall adds the menu too', () => {
    const p = project(distDir);
    p.call('onInstall', [], { authMode: AuthMode.FULL, event: { authMode: AuthMode.FULL } });
    expect(p.ui.menus).toHaveLength(1);
  });
});

describe('daily refresh trigger', () => {
  it('is created once per document, in the spreadsheet time zone, and removed from the menu', () => {
    const p = project(distDir);
    expect(p.call('rfmDailyOn')).toBe(true);
    expect(p.call('rfmDailyOn')).toBe(false);
    expect(p.triggers).toHaveLength(1);
    expect(p.triggers[0]).toMatchObject({ handler: 'rfmDailyRefresh', everyDays: 1, atHour: 6, timeZone: 'Europe/Moscow' });
    expect(p.env.log.count('ClockTriggerBuilder.create')).toBe(1);
    expect(p.hasFunction(p.triggers[0].handler)).toBe(true);
    expect(p.call('rfmDailyOff')).toBe(1);
    expect(p.triggers).toHaveLength(0);
    expect(p.call('rfmDailyOff')).toBe(0);
    expect(p.spreadsheet.toasts.map((x) => x.message)).toEqual([
      'Ежедневное обновление включено (около 6:00, Europe/Moscow).',
      'Ежедневное обновление уже включено.',
      'Ежедневное обновление выключено.',
      'Ежедневное обновление не было включено.',
    ]);
  });

  it('the trigger handler refreshes without any UI call', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    const out = p.call('rfmDailyRefresh', [], { context: 'trigger' }) as { status: string };
    expect(out.status).toBe('ok');
    expect(p.env.log.count('SpreadsheetApp.getUi')).toBe(0);
    expect(p.spreadsheet.toasts).toHaveLength(0);
  });
});

describe('failures', () => {
  it('a user mistake in the daily run is logged in Quality without any UI call', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', [['foo', 'bar'], [1, 2]]);
    const out = p.call('rfmDailyRefresh', [], { context: 'trigger' }) as { status: string };
    expect(out.status).toBe('error');
    expect(p.env.log.count('SpreadsheetApp.getUi')).toBe(0);
    expect(p.spreadsheet.sheet('RFM Качество').inspectValues()[0][0]).toMatch(/^Ошибка обновления/);
  });

  it('an unexpected error reaches Apps Script (for its log) and still releases the lock', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    p.spreadsheet.insertSheet = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    expect(() => p.call('rfmRefreshNow')).toThrow('Service Spreadsheets failed');
    expect(p.lock.heldByUs).toBe(false);
  });
});

describe('help and settings', () => {
  it('Help shows a dialog in the menu language', () => {
    const p = project(distDir, { locale: 'en_US' });
    p.call('rfmShowHelp');
    expect(p.ui.alerts[0]).toMatch(/^RFM Pulse: help: RFM Pulse computes RFM segments/);
  });

  it('Settings opens the sidebar from sidebar.html with a translated title', () => {
    const p = project(distDir);
    p.call('rfmShowSettings');
    expect(p.ui.sidebars).toHaveLength(1);
    expect(p.ui.sidebars[0].title).toBe('RFM Pulse: настройки');
    expect(p.ui.sidebars[0].html).toContain('google.script.run');
  });
});
