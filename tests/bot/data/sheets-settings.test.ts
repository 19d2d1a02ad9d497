/**
 * The bot on a spreadsheet whose settings the add-on's sidebar manages: the settings and Rules tabs come in the
 * same batchGet as the data; an edit is picked up at the next refresh and announced; a broken tab keeps the
 * last good settings and names the row and key; admins get both notices in their language.
 */
import { auth } from '@googleapis/sheets';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSIC_PRESET, dayFromIso, isoFromDay, rulesTableRows, settingsTabRows } from '../../../core';
import { createDeps } from '../../../bot/app';
import { fakeClock } from '../../../bot/clock';
import { loadConfig } from '../../../bot/config';
import type { ConfigEvent } from '../../../bot/data/config-keeper';
import { createSheetsSource } from '../../../bot/data/sheets-source';
import { translator } from '../../../bot/i18n';
import { silentLogger } from '../../../bot/logger';
import { SheetsApiEmulator } from '../emulators/sheets-api';

const DAY = dayFromIso('2025-03-12')!;
let dir: string;
let sheets: SheetsApiEmulator;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rfm-sheet-settings-'));
  sheets = await new SheetsApiEmulator().start();
  const rows: (string | number)[][] = [['Дата оплаты', 'ID клиента', 'Менеджер', 'Сумма']];
  for (let k = 0; k < 4; k++) rows.push([isoFromDay(DAY - 50 - 20 * k), 'c1', 'Анна', 1000]);
  for (let k = 0; k < 4; k++) rows.push([isoFromDay(DAY - 3 - 20 * k), 'c2', 'Анна', 2000]);
  sheets.setTab('b', 'Sales', rows);
  sheets.setTab('b', 'RFM Settings', settingsTabRows({ timeZone: 'Europe/Moscow', sleep: { boundaryDays: 60, personal: false, leadDays: 14 } }, { transactionsTab: 'Sales' }));
  sheets.setTab('b', 'RFM Rules', [['h'], ...rulesTableRows(CLASSIC_PRESET).map((r) => r.map((c) => c ?? ''))]);
});
afterAll(async () => {
  await sheets.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bot reading the add-on settings tab', () => {
  it('uses the sheet settings, picks up an edit at the next refresh, and keeps the last good ones on a mistake', async () => {
    const config = loadConfig(
      {
        BOT_DATA_SOURCE: 'sheets', GOOGLE_SHEET_ID: 'b', GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/key.json', GOOGLE_API_ROOT: sheets.rootUrl,
        BOT_SHEET_TRANSACTIONS: 'Sales', BOT_SHEET_SETTINGS: 'RFM Settings', BOT_SHEET_RULES: 'RFM Rules', BOT_TIME_ZONE: 'Europe/Moscow',
        BOT_DB_PATH: join(dir, 'bot.sqlite'),
      },
      { requireToken: false },
    );
    const c = new auth.OAuth2();
    c.setCredentials({ access_token: 'test' });
    const s = config.source.kind === 'sheets' ? config.source : null;
    const source = createSheetsSource({ spreadsheetId: 'b', ranges: s!.ranges, rootUrl: s!.rootUrl, authClient: c, retry: { attempts: 1 } });
    const deps = createDeps(config, fakeClock('2025-03-12T06:00:00Z'), silentLogger, { source });
    const events: ConfigEvent[] = [];
    deps.runConfigs!.onEvent((e) => void events.push(e));

    expect((await deps.snapshots.refresh()).ok).toBe(true);
    expect(sheets.calls.at(-1)!.ranges).toEqual(['Sales', 'RFM Settings', 'RFM Rules']);
    expect(events).toEqual([]); // the first read is adopted silently
    const v1 = deps.runConfigs!.current().version;
    // Boundary 60 (from the sheet, not the default estimate), lead 14: c1 (50 days) is approaching with 10 days left.
    expect(deps.snapshots.get(DAY).run.alerts.map((a) => [a.customerId, a.daysLeft])).toEqual([['c1', 10]]);
    expect(deps.snapshots.get(DAY).configVersion).toBe(v1);

    // The marketer changes the lead days to 5 in the sidebar: c1 is no longer within the reminder window.
    sheets.setTab('b', 'RFM Settings', settingsTabRows({ timeZone: 'Europe/Moscow', sleep: { boundaryDays: 60, personal: false, leadDays: 5 } }, { transactionsTab: 'Sales' }));
    expect((await deps.snapshots.refresh()).ok).toBe(true);
    const v2 = deps.runConfigs!.current().version;
    expect(events).toEqual([{ kind: 'changed', from: v1, to: v2 }]);
    expect(deps.snapshots.get(DAY).run.alerts).toEqual([]);
    expect(translator(deps.i18n, 'ru')('admin-settings-changed', { from: v1, to: v2 })).toContain(`<code>${v1}</code> → <code>${v2}</code>`);

    // A typo in the tab: the bot keeps version v2 and says which row and key are wrong.
    const broken = settingsTabRows({ timeZone: 'Europe/Moscow', sleep: { boundaryDays: 60, personal: false, leadDays: 5 } }, { transactionsTab: 'Sales' });
    broken.push(['sleep.leadDays', 'soon']);
    sheets.setTab('b', 'RFM Settings', broken);
    expect((await deps.snapshots.refresh()).ok).toBe(true);
    expect(events[1]).toEqual({ kind: 'invalid', version: v2, problems: [`row ${broken.length}, sleep.leadDays = "soon": repeats row ${broken.findIndex((r) => r[0] === 'sleep.leadDays') + 1}; keep one`] });
    expect(deps.runConfigs!.current().version).toBe(v2);
    expect(translator(deps.i18n, 'en')('admin-settings-invalid', { version: v2, problems: 'x' })).toMatch(/keeps the last good settings/);
    deps.storage.close();
  });
});
