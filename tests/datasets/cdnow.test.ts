import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createIngester } from '../../core/ledger/create-ingester';
import { dayFromYmd } from '../../core/time/civil-day';

// The checkout's sibling ../shared holds the datasets; never copied into the project.
const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.resolve(here, '../../../shared/datasets/cdnow/CDNOW_master.txt');
const present = existsSync(file);
if (!present) console.log(`skipping the CDNOW dataset test: ${file} is absent (it lives in the checkout's sibling ../shared)`);

/** The whole log through core's ingester; the test splits each line on whitespace itself (the CLI has its own reader). */
function ingestCdnow(): ReturnType<ReturnType<typeof createIngester>['finish']> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const ingester = createIngester(lines[0].trim().split(/\s+/));
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line !== '') ingester.add(line.split(/\s+/));
  }
  return ingester.finish();
}

describe.skipIf(!present)('CDNOW master transaction log (Fader & Hardie), whitespace-aligned', () => {
  // skipIf still runs this body to collect the tests: ingest only when the file is there.
  const { ledger, quality } = present ? ingestCdnow() : ({} as ReturnType<typeof ingestCdnow>);

  it('detects the columns: customer_id, date (YYYYMMDD), dollar_value; number_of_cds is the quantity', () => {
    expect(quality.columns).toEqual({ customer: 'customer_id', date: 'date', amount: 'dollar_value', quantity: 'number_of_cds' });
  });

  it('accounts for all 69,659 rows: 23,570 customers, net revenue 2,500,315.63 (figures from the data set source)', () => {
    expect(quality).toMatchObject({ totalRows: 69_659, usedRows: 69_659, rejectedRows: 0, excludedRows: 0, customers: 23_570 });
    expect(ledger.customers).toHaveLength(23_570);
    expect(ledger.netCents).toBe(250_031_563);
    expect(quality.reconciliation).toEqual({
      inputTotal: 2_500_315.63,
      rejectedTotal: 0,
      excludedTotal: 0,
      ledgerNet: 2_500_315.63,
      difference: 0,
      unreadableAmounts: 0,
    });
  });

  it('per customer, checked by hand against the file (grep "^ *00003 ")', () => {
    const byId = new Map(ledger.customers.map((c) => [c.id, c]));
    // 00002: two rows on 1997-01-12 without an order id → two orders, 12.00 + 77.00.
    expect(byId.get('00002')!.orders.map((o) => [o.day, o.netCents])).toEqual([
      [dayFromYmd(1997, 1, 12), 1200],
      [dayFromYmd(1997, 1, 12), 7700],
    ]);
    // 00003: six purchases, 20.76 + 20.76 + 19.54 + 57.45 + 20.96 + 16.99 = 156.46, last on 1998-05-28.
    const three = byId.get('00003')!;
    expect(three.orders.map((o) => o.netCents)).toEqual([2076, 2076, 1954, 5745, 2096, 1699]);
    expect(three.orders.reduce((s, o) => s + o.netCents, 0)).toBe(15_646);
    expect(three.orders[5].day).toBe(dayFromYmd(1998, 5, 28));
    // 00499 is the most frequent buyer: 110 rows, 4,378.55 (awk over the file).
    const top = byId.get('00499')!;
    expect(top.orders).toHaveLength(110);
    expect(top.orders.reduce((s, o) => s + o.netCents, 0)).toBe(437_855);
    // Leading zeros are kept: ids stay as written.
    expect(byId.has('1')).toBe(false);
    expect(byId.get('23570')!.orders.map((o) => o.netCents)).toEqual([5112, 4296]);
  });

  it('reports what a user should check: zero amounts and exact duplicate rows (kept, they are real repeat rows)', () => {
    expect(quality.zeroAmounts.rows).toBe(80);
    expect(quality.nonPurchaseOrders).toBe(80);
    expect(quality.duplicates?.rows).toBe(255);
    expect(quality.duplicates?.sample[0]).toEqual({ row: 1383, sameAs: 1382 });
    expect(ledger.orders[0].day).toBe(dayFromYmd(1997, 1, 1));
    expect(ledger.orders[ledger.orders.length - 1].day).toBe(dayFromYmd(1998, 6, 30));
  });
});
