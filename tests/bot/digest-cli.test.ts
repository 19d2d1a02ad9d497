import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCsv } from '../../cli/io/write-demo-csv';
import { dayFromIso } from '../../core';
import { runDigestCli } from '../../bot/digest-cli';
import { openStorage } from '../../bot/storage';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rfm-digest-cli-'));
  await writeDemoCsv(join(dir, 'tx.csv'), { seed: 3, customers: 300, endDay: dayFromIso('2026-11-22')! });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], env: Record<string, string>) {
  let out = '';
  let err = '';
  const code = await runDigestCli(argv, { BOT_CSV_PATH: join(dir, 'tx.csv'), BOT_DB_PATH: join(dir, 'state', 'bot.sqlite'), ...env }, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('npm run digest -- --dry-run', () => {
  it('prints each demo subscriber\'s messages with no token and no state file, creating none', async () => {
    const r = await run(['--dry-run', '--date', '2026-11-23'], {});
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Dry run for 2026-11-23 \(Europe\/Moscow\); data: CSV .*tx\.csv, \d+ rows used of \d+; 7 subscriber\(s\) \(demo/);
    // Monday: alerts, segments (chart + table) and the weekly KPI for each of the six demo managers and the head
    expect(r.out.match(/· alerts · 2026-11-23 =====/g)).toHaveLength(7);
    expect(r.out.match(/· segments · 2026-11-23 =====/g)).toHaveLength(7);
    expect(r.out.match(/· kpi · 2026-11-23 =====/g)).toHaveLength(7);
    expect(r.out).toContain('<b>Доброе утро, Анна Смирнова!</b> Сводка на 23.11.2026');
    expect(r.out).toMatch(/\[photo segments\.png, PNG \d+ bytes\] caption: Сегменты на 23\.11\.2026/);
    expect(existsSync(join(dir, 'state', 'bot.sqlite'))).toBe(false);
  });

  it('uses the real subscribers when the state has some', async () => {
    const s = openStorage(join(dir, 'state2', 'bot.sqlite'));
    s.people.add({ telegramId: 42, displayName: 'Игорь', managerName: 'Игорь Петров', role: 'manager', language: 'en', invitedBy: 1, now: new Date('2026-11-20T00:00:00Z') });
    s.people.subscribe(42, 42);
    s.people.updateSettings(42, { segments: false, kpi: 'off' });
    s.close();
    const r = await run(['--dry-run', '--date', '2026-11-24'], { BOT_DB_PATH: join(dir, 'state2', 'bot.sqlite') });
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 subscriber(s).');
    expect(r.out).toContain('===== Игорь (chat 42, en, 09:00) · alerts · 2026-11-24 =====');
    expect(r.out).toContain('<b>Good morning, Игорь!</b> Digest for 24 Nov 2026');
    expect(r.out).not.toContain('Анна Смирнова</b>');
  });

  describe('edge cases', () => {
    it('a bad date or a missing --dry-run is one clear line and exit code 2', async () => {
      expect(await run(['--dry-run', '--date', '2026-02-30'], {})).toMatchObject({ code: 2, err: '--date must be a real date as YYYY-MM-DD (got "2026-02-30")\n' });
      expect((await run([], {})).err).toMatch(/only --dry-run is supported/);
      expect((await run(['--dry-run'], { BOT_TIME_ZONE: 'Nowhere' })).err).toMatch(/BOT_TIME_ZONE is not an IANA time zone/);
    });
  });
});
