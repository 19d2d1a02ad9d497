import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';

describe('loadConfig', () => {
  it('applies the defaults: demo CSV, Moscow, 09:00, ./data/bot.sqlite', () => {
    const c = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN }, { requireToken: true });
    expect(c.source).toEqual({ kind: 'csv', path: 'data/demo-transactions.csv', columns: undefined, suppressedPath: undefined });
    expect(c).toMatchObject({ timeZone: 'Europe/Moscow', digestTime: '09:00', dbPath: './data/bot.sqlite', adminIds: [], alertCapDays: 7, currency: 'RUB' });
  });

  it('reads admin ids, Sheets settings and numbers', () => {
    const c = loadConfig(
      { BOT_ADMIN_IDS: '1, 22', BOT_DATA_SOURCE: 'sheets', GOOGLE_SHEET_ID: 'abc', GOOGLE_APPLICATION_CREDENTIALS: '/k.json', BOT_ALERT_CAP_DAYS: '3' },
      { requireToken: false },
    );
    expect(c.adminIds).toEqual([1, 22]);
    expect(c.source).toMatchObject({ kind: 'sheets', spreadsheetId: 'abc', credentials: { file: '/k.json' }, ranges: { transactions: 'Transactions' } });
    expect(c.alertCapDays).toBe(3);
  });

  describe('edge cases', () => {
    it('reports every bad variable on its own line, never echoing the token', () => {
      let err: ConfigError | null = null;
      try {
        loadConfig({ TELEGRAM_BOT_TOKEN: 'secret-but-malformed', BOT_DIGEST_TIME: '9am', BOT_TIME_ZONE: 'Mars/Base', BOT_ADMIN_IDS: 'bob' }, { requireToken: true });
      } catch (e) {
        err = e as ConfigError;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect(err!.problems.map((p) => p.split(' ')[0]).sort()).toEqual(['BOT_ADMIN_IDS', 'BOT_DIGEST_TIME', 'BOT_TIME_ZONE', 'TELEGRAM_BOT_TOKEN']);
      expect(err!.message).not.toContain('secret-but-malformed');
    });
    it('requires the token only when asked, and treats empty strings as unset', () => {
      expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: '' }, { requireToken: true })).toThrow(/TELEGRAM_BOT_TOKEN is not set/);
      expect(loadConfig({ TELEGRAM_BOT_TOKEN: '' }, { requireToken: false }).token).toBeUndefined();
    });
    it('asks for the sheet id and a service account when the source is sheets', () => {
      expect(() => loadConfig({ BOT_DATA_SOURCE: 'sheets' }, { requireToken: false })).toThrow(/GOOGLE_SHEET_ID[\s\S]*service account/);
    });
  });
});
