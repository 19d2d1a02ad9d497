/**
 * `npm start` as a real process against the local emulator: starts, sets the menus, answers, runs the missed
 * digest pass, stops cleanly on SIGTERM, and its log holds neither the token nor customers' data.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCsv } from '../../cli/io/write-demo-csv';
import { dayFromIso } from '../../core';
import { TelegramApiEmulator } from './emulators/telegram-api';

let dir: string;
let emu: TelegramApiEmulator;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rfm-main-'));
  emu = await new TelegramApiEmulator().start();
  await writeDemoCsv(join(dir, 'tx.csv'), { seed: 5, customers: 200, endDay: dayFromIso('2026-11-22')! });
});
afterAll(async () => {
  await emu.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('bot/main.ts', () => {
  it('starts with long polling, answers, and stops on SIGTERM with exit code 0; the log leaks no secrets or personal data', { timeout: 180_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../bot/main.ts')], {
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: emu.token,
        TELEGRAM_API_ROOT: emu.apiRoot,
        BOT_CSV_PATH: join(dir, 'tx.csv'),
        BOT_DB_PATH: join(dir, 'bot.sqlite'),
        BOT_ADMIN_IDS: '7',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stderr!.on('data', (d) => (log += d));
    child.stdout!.on('data', (d) => (log += d));
    await emu.waitFor((calls) => calls.filter((c) => c.method === 'setMyCommands').length === 3);
    expect(emu.calls.some((c) => c.method === 'deleteWebhook')).toBe(true);

    emu.userSays({ id: 7, first_name: 'Админ' }, '/alerts');
    await emu.waitFor(() => emu.delivered(7).length >= 1);
    expect(emu.delivered(7)[0].visibleText).toMatch(/Клиенты у границы засыпания|нет клиентов у границы/);

    child.kill('SIGTERM');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
    expect(log).toContain('"event":"start"');
    expect(log).toContain('"event":"stop"');
    expect(log).not.toContain(emu.token);
    expect(log).not.toContain(emu.token.split(':')[1]);
    // no customer names from the data in the log
    const names = (emu.delivered(7)[0].visibleText ?? '').match(/^\d+\. (.+?) · /gm) ?? [];
    for (const n of names) expect(log).not.toContain(n.replace(/^\d+\. | · $/g, ''));
  });
});
