import { auth } from '@googleapis/sheets';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../core';
import { createSheetsSource } from '../../../bot/data/sheets-source';
import { SheetsApiEmulator } from '../emulators/sheets-api';

describe('createSheetsSource against the local Sheets API emulator', () => {
  let emu: SheetsApiEmulator;
  const fakeAuth = () => {
    const c = new auth.OAuth2();
    c.setCredentials({ access_token: 'test-access-token' });
    return c;
  };
  beforeEach(async () => {
    emu = await new SheetsApiEmulator().start();
    emu.setTab('book1', 'Transactions', [
      ['Дата оплаты', 'ID клиента', 'Сумма'],
      [45000, 'c1', 100.5],
    ]);
    emu.setTab('book1', 'Stop', [['customer'], ['c9'], ['c7']]);
  });
  afterEach(() => emu.stop());

  it('reads every tab in one batchGet call, with the service account token', async () => {
    const src = createSheetsSource({ spreadsheetId: 'book1', ranges: { transactions: 'Transactions', suppressed: 'Stop' }, authClient: fakeAuth(), rootUrl: emu.rootUrl });
    const t = await src.load({});
    // serial 45000 = 2023-03-15; 100.5 → 10050 cents
    expect(t.ledger.customers.map((c) => c.id)).toEqual(['c1']);
    expect(t.ledger.orders[0]).toMatchObject({ customerId: 'c1', day: dayFromIso('2023-03-15'), netCents: 10050 });
    expect(t.rows).toEqual({ total: 1, used: 1, rejected: 0, excluded: 0 });
    expect(t.suppressed).toEqual(['c9', 'c7']);
    expect(emu.calls).toHaveLength(1);
    expect(emu.calls[0].ranges).toEqual(['Transactions', 'Stop']);
    expect(emu.calls[0].authorization).toBe('Bearer test-access-token');
  });

  it('retries 429 and 500 with backoff, then succeeds', async () => {
    emu.failNext(429);
    emu.failNext(500);
    const delays: number[] = [];
    const src = createSheetsSource({
      spreadsheetId: 'book1',
      ranges: { transactions: 'Transactions' },
      authClient: fakeAuth(),
      rootUrl: emu.rootUrl,
      retry: { sleep: async (ms) => void delays.push(ms), baseDelayMs: 100 },
    });
    const t = await src.load({});
    expect(t.ledger.customers).toHaveLength(1);
    expect(emu.calls.map((c) => c.status)).toEqual([429, 500, 200]);
    expect(delays).toHaveLength(2);
    expect(delays[1]).toBeGreaterThan(delays[0]);
  });

  describe('edge cases', () => {
    it('does not retry a 404 (wrong spreadsheet id) and says so', async () => {
      const src = createSheetsSource({ spreadsheetId: 'nope', ranges: { transactions: 'Transactions' }, authClient: fakeAuth(), rootUrl: emu.rootUrl, retry: { sleep: async () => {} } });
      await expect(src.load({})).rejects.toThrow(/not found/i);
      expect(emu.calls).toHaveLength(1);
    });
    it('gives up after the configured attempts', async () => {
      emu.failNext(503, 10);
      const src = createSheetsSource({ spreadsheetId: 'book1', ranges: { transactions: 'Transactions' }, authClient: fakeAuth(), rootUrl: emu.rootUrl, retry: { sleep: async () => {}, attempts: 3 } });
      await expect(src.load({})).rejects.toThrow();
      expect(emu.calls).toHaveLength(3);
    });
  });
});
