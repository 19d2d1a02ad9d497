/**
 * The bot on a Google Sheet: config with BOT_DATA_SOURCE=sheets, the Sheets source talking to the local Sheets
 * API emulator (one batchGet for transactions and the suppression tab), answers through the Telegram emulator.
 */
import { auth } from '@googleapis/sheets';
import { run } from '@grammyjs/runner';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoFromDay, dayFromIso } from '../../../core';
import { createDeps } from '../../../bot/app';
import { fakeClock } from '../../../bot/clock';
import { loadConfig } from '../../../bot/config';
import { createBot } from '../../../bot/create-bot';
import { createSheetsSource } from '../../../bot/data/sheets-source';
import { silentLogger } from '../../../bot/logger';
import { SheetsApiEmulator } from '../emulators/sheets-api';
import { TelegramApiEmulator } from '../emulators/telegram-api';

const DAY = dayFromIso('2026-11-23')!;
let dir: string;
let sheets: SheetsApiEmulator;
let tg: TelegramApiEmulator;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rfm-sheets-bot-'));
  sheets = await new SheetsApiEmulator().start();
  tg = await new TelegramApiEmulator().start();
  const rows: (string | number)[][] = [['Дата оплаты', 'ID клиента', 'ФИО клиента', 'Менеджер', 'Сумма']];
  const buy = (id: string, name: string, manager: string, lastAgo: number) => {
    for (let k = 0; k < 4; k++) rows.push([isoFromDay(DAY - lastAgo - 20 * k), id, name, manager, 1000]);
  };
  buy('s1', 'Лидия <Шарова>', 'Анна Смирнова', 50); // approaching
  buy('s2', 'Олег Стоп', 'Анна Смирнова', 52); // approaching, but on the suppression tab
  buy('s3', 'Рита Актив', 'Анна Смирнова', 3);
  sheets.setTab('sheet-1', 'Transactions', rows);
  sheets.setTab('sheet-1', 'Stop', [['customer'], ['s2']]);
  writeFileSync(join(dir, 'rfm.json'), JSON.stringify({ asOf: '2001-01-01', sleep: { boundaryDays: 60, personal: false } }));
});
afterAll(async () => {
  await sheets.stop();
  await tg.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bot on a Google Sheet', () => {
  it('reads the sheet in one batched call and answers from it, leaving suppressed customers out', async () => {
    const config = loadConfig(
      {
        TELEGRAM_BOT_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        BOT_DATA_SOURCE: 'sheets',
        GOOGLE_SHEET_ID: 'sheet-1',
        GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/key.json',
        GOOGLE_API_ROOT: sheets.rootUrl,
        BOT_SHEET_SUPPRESSED: 'Stop',
        BOT_RFM_CONFIG: join(dir, 'rfm.json'),
        BOT_DB_PATH: join(dir, 'bot.sqlite'),
        BOT_ADMIN_IDS: '1',
      },
      { requireToken: true },
    );
    const c = new auth.OAuth2();
    c.setCredentials({ access_token: 'test' });
    const s = config.source.kind === 'sheets' ? config.source : null;
    const source = createSheetsSource({ spreadsheetId: s!.spreadsheetId, ranges: s!.ranges, rootUrl: s!.rootUrl, authClient: c });
    const deps = createDeps(config, fakeClock('2026-11-23T06:00:00Z'), silentLogger, { source });
    expect((await deps.snapshots.refresh()).ok).toBe(true);
    expect(sheets.calls.map((x) => x.ranges)).toEqual([['Transactions', 'Stop']]);

    const bot = createBot(config.token!, deps);
    const runner = run(bot, { runner: { fetch: { timeout: 1 } } });
    tg.userSays({ id: 1 }, '/alerts');
    await tg.waitFor(() => tg.delivered(1).length === 1);
    await runner.stop();
    deps.storage.close();
    const text = tg.delivered(1)[0].visibleText!;
    expect(text).toContain('Лидия <Шарова>'); // the run config's fixed asOf is ignored: "today" is 2026-11-23
    expect(text).toContain('уснёт через 10 дней');
    expect(text).not.toContain('Олег Стоп');
    expect(text).toContain('Не включены: 0 в контрольной группе, 1 в стоп-листе');
  });
});
