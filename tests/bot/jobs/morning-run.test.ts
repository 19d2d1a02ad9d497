/**
 * The morning run: fake clock, real SQLite file, grammY's client against the local emulator.
 * Boundary 60 days, lead 14, crossed 7 (fixtures/harness); 2026-11-23 is a Monday; digest time 09:00 Moscow = 06:00Z.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buyer, type CustomerSpec } from '../fixtures/build-ledger';
import { ADMIN_ID, createHarness, type Harness } from '../fixtures/harness';
import { TelegramApiEmulator } from '../emulators/telegram-api';
import { isHoldout } from '../../../core';

const ANNA = 'Анна Смирнова';
const IGOR = 'Игорь Петров';
const specs: CustomerSpec[] = [
  buyer('a1', 'Ольга Иванова', ANNA, 50),
  buyer('a2', '<b>&Co</b>', ANNA, 63),
  buyer('a3', 'Пётр Сидоров', ANNA, 5),
  buyer('i1', 'Вера Кузнецова', IGOR, 55),
  buyer('i2', 'Тимур Алиев', IGOR, 10),
];
const alertsOnly = { alerts: true, segments: false, kpi: 'off' as const };

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const texts = (h: Harness, chat: number) => h.emu.delivered(chat).map((c) => c.visibleText ?? '');

describe('runDueDigests with a fake clock', () => {
  it('gives every subscriber exactly one digest at their own time, and nothing twice', async () => {
    h = await createHarness({ specs, now: '2026-11-23T05:59:00Z' });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    h.addPerson(101, IGOR, IGOR, 'manager', alertsOnly);
    h.addPerson(200, 'Руководитель', null, 'head'); // all digests: Monday → alerts, segments, KPI
    h.addPerson(102, 'Поздний', IGOR, 'manager', { ...alertsOnly, digestTime: '10:30' });

    expect((await h.morning()).due).toBe(0); // 08:59 Moscow
    expect(h.emu.delivered()).toHaveLength(0);

    h.clock.set('2026-11-23T06:00:00Z'); // 09:00
    const r = await h.morning();
    expect(r).toMatchObject({ due: 5, sent: 5, failed: 0, notYet: 1 });
    expect(texts(h, 100)).toHaveLength(1);
    expect(texts(h, 100)[0]).toContain('Ольга Иванова');
    expect(texts(h, 100)[0]).toContain('<b>&Co</b>');
    expect(texts(h, 100)[0]).not.toContain('Вера');
    expect(texts(h, 101)).toHaveLength(1);
    expect(texts(h, 101)[0]).toContain('Вера Кузнецова');
    expect(texts(h, 101)[0]).not.toContain('Ольга');
    // head: alerts (both managers), segments chart + table, KPI
    const head = h.emu.delivered(200);
    expect(head.map((c) => c.method)).toEqual(['sendMessage', 'sendPhoto', 'sendMessage', 'sendMessage']);
    expect(head[0].visibleText).toMatch(/Ольга Иванова[\s\S]*Вера Кузнецова|Вера Кузнецова[\s\S]*Ольга Иванова/);
    expect(head[3].visibleText).toMatch(/^KPI за 2026-11-01\.\.2026-11-22/);
    expect(texts(h, 102)).toHaveLength(0);

    for (const t of ['2026-11-23T06:01:00Z', '2026-11-23T07:00:00Z']) {
      h.clock.set(t);
      expect((await h.morning()).due).toBe(0);
    }
    expect(h.emu.delivered()).toHaveLength(6);

    h.clock.set('2026-11-23T07:30:00Z'); // 10:30: the late subscriber
    expect((await h.morning()).sent).toBe(1);
    expect(texts(h, 102)).toHaveLength(1);
  });

  it('sends a run missed while the bot was down at the first pass of the same day, not the next day', async () => {
    h = await createHarness({ specs, now: '2026-11-23T20:59:00Z' }); // 23:59 Moscow, same day
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    expect((await h.morning()).sent).toBe(1);
    h.clock.set('2026-11-23T21:01:00Z'); // 00:01 next day, before 09:00
    expect((await h.morning()).sent).toBe(0);
    expect(texts(h, 100)).toHaveLength(1);
  });

  it('does not re-alert a customer with the same status within the cap; holdout and suppressed are left out and counted', async () => {
    h = await createHarness({ specs, suppressed: ['a2'], env: { BOT_ALERT_CAP_DAYS: '7' } });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    await h.morning();
    const day1 = texts(h, 100)[0];
    expect(day1).toContain('Ольга Иванова');
    expect(day1).not.toContain('&Co');
    expect(day1).toContain('Не включены: 0 в контрольной группе, 1 в стоп-листе');
    h.clock.set('2026-11-24T06:00:00Z'); // next day: a1 still approaching (9 days left)
    await h.morning();
    const day2 = texts(h, 100)[1];
    expect(day2).not.toContain('Ольга Иванова');
    expect(day2).toContain('Новых клиентов у границы засыпания нет');
    expect(day2).toContain('1 уже напоминали за последние 7 дн.');
  });

  it("leaves holdout customers (core's deterministic assignment) out and counts them", async () => {
    const many = Array.from({ length: 40 }, (_, i) => buyer(`h${String(i).padStart(2, '0')}`, `Клиент ${i}`, ANNA, 46 + (i % 14)));
    h = await createHarness({ specs: many, env: { BOT_HOLDOUT_SHARE: '0.3', BOT_HOLDOUT_CAMPAIGN: 'winback', BOT_DIGEST_MAX_ALERTS: '100' } });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    await h.morning();
    const held = many.filter((c) => isHoldout(c.id, 'winback', 0.3));
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(40);
    const all = texts(h, 100).join('\n');
    expect(all).toContain(`Не включены: ${held.length} в контрольной группе, 0 в стоп-листе`);
    for (const c of many) expect(all.includes(`${c.name} ·`)).toBe(!held.includes(c));
  });

  it('says how old the data is when a refresh failed', async () => {
    h = await createHarness({ specs, now: '2026-11-23T06:00:00Z' });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    // the data was loaded at 06:00Z; 26 hours later a refresh fails
    h.clock.set('2026-11-24T08:00:00Z');
    h.failNextRefresh('Sheets API 503');
    expect((await h.deps.snapshots.refresh()).ok).toBe(false);
    await h.morning();
    const text = texts(h, 100)[0];
    expect(text).toContain('Данные загружены 23.11.2026, 09:00 · на дату 24.11.2026');
    expect(text).toContain('Обновить данные не удалось, им 26 часов.');
  });

  it('lists at most BOT_DIGEST_MAX_ALERTS customers, most valuable first, counts the rest and alerts them later', async () => {
    const many = Array.from({ length: 12 }, (_, i) => buyer(`v${String(i).padStart(2, '0')}`, `Клиент ${i}`, ANNA, 50, (i + 1) * 10_000));
    h = await createHarness({ specs: many, env: { BOT_DIGEST_MAX_ALERTS: '5' } });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    await h.morning();
    const day1 = texts(h, 100)[0];
    for (const i of [11, 10, 9, 8, 7]) expect(day1).toContain(`Клиент ${i} ·`);
    expect(day1).not.toContain('Клиент 6 ·');
    expect(day1).toContain('…и ещё 7 — весь список: /alerts');
    h.clock.set('2026-11-24T06:00:00Z');
    await h.morning();
    const day2 = texts(h, 100)[1];
    for (const i of [6, 5, 4, 3, 2]) expect(day2).toContain(`Клиент ${i} ·`);
    expect(day2).not.toContain('Клиент 11 ·');
  });

  it('a 429 delays delivery (retry_after honoured) but delivers, and holds nobody else up', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    h.addPerson(101, IGOR, IGOR, 'manager', alertsOnly);
    h.emu.injectFault({ method: 'sendMessage', chatId: 100, code: 429, retryAfter: 1 });
    const r = await h.morning();
    expect(r).toMatchObject({ sent: 2, failed: 0 });
    const tries = h.emu.calls.filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === 100);
    expect(tries.map((c) => c.errorCode ?? 200)).toEqual([429, 200]);
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(900);
    expect(texts(h, 100)).toHaveLength(1);
    expect(texts(h, 101)).toHaveLength(1);
    // the other subscriber was not made to wait behind the 429
    expect(h.emu.delivered(101)[0].at).toBeLessThan(tries[1].at);
  });

  it('a 403 pauses that subscription only and tells the admins', async () => {
    h = await createHarness({ specs });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    h.addPerson(101, IGOR, IGOR, 'manager', alertsOnly);
    h.addPerson(200, 'Руководитель', null, 'head', alertsOnly);
    h.emu.injectFault({ chatId: 101, code: 403, times: Infinity });
    const r = await h.morning();
    expect(r).toMatchObject({ sent: 2, failed: 1, paused: 1 });
    expect(texts(h, 100)).toHaveLength(1);
    expect(texts(h, 200)).toHaveLength(1);
    expect(h.storage.people.get(101)!.subscription!.pausedReason).toBe('blocked');
    expect(h.storage.people.get(100)!.subscription!.pausedReason).toBeNull();
    expect(texts(h, ADMIN_ID).join('\n')).toMatch(/Игорь Петров \(101\) заблокировал бота/);
    h.clock.set('2026-11-24T06:00:00Z');
    const before = h.emu.calls.filter((c) => Number(c.params.chat_id) === 101).length;
    await h.morning();
    expect(h.emu.calls.filter((c) => Number(c.params.chat_id) === 101).length).toBe(before); // not tried again
  });

  it('splits a long digest at line boundaries below 4096 characters, losing nobody', async () => {
    const many = Array.from({ length: 150 }, (_, i) => buyer(`c${String(i).padStart(3, '0')}`, `Клиентка Номер ${i} с длинным именем`, ANNA, 46 + (i % 14)));
    h = await createHarness({ specs: many, env: { BOT_DIGEST_MAX_ALERTS: '500' } });
    h.addPerson(100, ANNA, ANNA, 'manager', alertsOnly);
    await h.morning();
    const parts = h.emu.delivered(100);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(String(p.params.text).length).toBeLessThan(4096);
      expect(p.visibleText!.length).toBeLessThan(4096);
    }
    const all = parts.map((p) => p.visibleText).join('\n');
    for (let i = 0; i < 150; i++) expect(all).toContain(`Клиентка Номер ${i} с длинным именем`);
    expect(h.storage.sendLog.get(100, 'alerts', '2026-11-23')).toMatchObject({ status: 'sent', partsSent: parts.length });
  });
});

describe('crash in the middle of a morning run', () => {
  it('a restart sends the rest and repeats nothing', { timeout: 180_000 }, async () => {
    const emu = await new TelegramApiEmulator().start();
    const dir = mkdtempSync(join(tmpdir(), 'rfm-bot-crash-'));
    const many = Array.from({ length: 90 }, (_, i) => buyer(`c${String(i).padStart(3, '0')}`, `Клиентка Номер ${i} с длинным именем`, i % 2 ? IGOR : ANNA, 46 + (i % 14)));
    try {
      // Seed the people with the same fixture, then close it (the children open the same file).
      const seed = await createHarness({ specs: many, dir, emulator: emu });
      const ids = Array.from({ length: 12 }, (_, i) => 300 + i);
      ids.forEach((id, i) => seed.addPerson(id, `М${i}`, i % 2 ? IGOR : ANNA, 'manager', alertsOnly));
      await seed.close({ keepDir: true });

      const child = () =>
        spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../fixtures/morning-child.ts')], {
          env: { ...process.env, API_ROOT: emu.apiRoot, TOKEN: emu.token, DIR: dir, NOW: '2026-11-23T06:00:00Z', SPECS: JSON.stringify(many), BOT_DIGEST_MAX_ALERTS: '100' },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
      emu.holdAfter(7); // each digest has several parts: the crash lands inside someone's digest
      const first = child();
      await emu.waitFor(() => emu.heldCount > 0);
      // Crash once the child has recorded the 7 answered messages (a message whose answer is still in flight at
      // the moment of a crash cannot be known to be delivered; that window is outside what can be tested).
      const db = new Database(join(dir, 'bot.sqlite'), { readonly: true });
      const recorded = () => (db.prepare('SELECT COALESCE(SUM(parts_sent), 0) AS n FROM send_log').get() as { n: number }).n;
      while (recorded() < 7) await new Promise((r) => setImmediate(r));
      db.close();
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      expect(emu.delivered()).toHaveLength(7);
      emu.releaseHeld();

      const second = child();
      let out = '';
      second.stdout!.on('data', (d) => (out += d));
      const code = await new Promise((r) => second.once('exit', r));
      expect(code).toBe(0);
      expect(JSON.parse(out).failed).toBe(0);

      // every subscriber got their whole digest exactly once: no part twice, no part missing
      for (const id of ids) {
        const got = emu.delivered(id).map((c) => c.visibleText!);
        expect(new Set(got).size).toBe(got.length);
        const joined = got.join('\n');
        expect(joined.startsWith('Доброе утро')).toBe(true);
        expect(joined).toMatch(/Данные загружены/);
        const mine = many.filter((_, i) => (i % 2 ? IGOR : ANNA) === (ids.indexOf(id) % 2 ? IGOR : ANNA));
        for (const c of mine) expect(joined.split(c.name).length - 1).toBe(1);
      }
    } finally {
      await emu.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
