import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestTable } from '../../../core/ledger/ingest-table';
import { createIngester } from '../../../core/ledger/create-ingester';
import { orderRows } from '../../../core/ledger/order-lines';
import type { Cell } from '../../../core/ledger/types';

const messyCell = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '2025-03-12', '12.03.2025', '31.02.2025', '1 234,56', '(5)', '-3', 'paid', 'возврат', 'pending', 'x@y.ru', '8 916 123-45-67', 'A', 'B'),
  fc.integer({ min: -1000, max: 50000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);
const header = ['order', 'client', 'date', 'amount', 'status', 'email', 'phone'];

describe('ingestTable', () => {
  it('passes over a title above the header; row numbers stay the sheet rows', () => {
    const r = ingestTable(
      [
        ['Продажи за март 2025', '', ''],
        ['', '', ''],
        ['Клиент', 'Дата', 'Сумма'],
        ['A', '2025-03-12', '10'],
        ['B', '2025-03-40', '20'],
      ],
      { locale: 'en' },
    );
    expect(r.aboveHeader).toEqual([{ row: 1, text: 'Продажи за март 2025' }]);
    expect(r.quality.totalRows).toBe(2);
    expect(orderRows(r.ledger.orders[0])).toEqual([4]);
    expect(r.quality.rejected.map((x) => [x.row, x.column])).toEqual([[5, 'Дата']]);
  });

  it('with no header among the rows, the first non-empty one is the header and its missing columns are named', () => {
    expect(() => ingestTable([[''], ['Отчёт'], ['a', 'b']])).toThrow(/cannot find the date, amount, customer columns: .*columns are: Отчёт/);
  });

  it('is createIngester fed row by row', () => {
    const rows: Cell[][] = [
      ['client', 'date', 'amount'],
      ['A', '2025-03-12', '10'],
      ['B', '2025-03-13', '20'],
    ];
    const ing = createIngester(rows[0]);
    ing.add(rows[1]);
    ing.add(rows[2]);
    expect(ingestTable(rows)).toEqual({ ...ing.finish(), aboveHeader: [] });
  });

  describe('properties over messy tables', () => {
    it('never throws, every row is accounted for, every rejection carries a reason, money reconciles to the cent', () => {
      fc.assert(
        fc.property(fc.array(fc.array(messyCell, { minLength: 0, maxLength: 8 }), { maxLength: 40 }), (body) => {
          const { ledger, quality } = ingestTable([header, ...body], { timeZone: 'Europe/Moscow', today: 20159 });
          expect(quality.usedRows + quality.rejectedRows + quality.excludedRows).toBe(quality.totalRows);
          expect(quality.totalRows + quality.blankRows).toBe(body.length);
          expect(quality.rejected).toHaveLength(quality.rejectedRows);
          for (const r of quality.rejected) {
            expect(r.reason.length).toBeGreaterThan(10);
            expect(r.row).toBeGreaterThanOrEqual(2);
            expect(typeof r.value).toBe('string');
          }
          expect(quality.reconciliation.difference).toBe(0);
          const rowsInOrders = ledger.orders.reduce((n, o) => n + orderRows(o).length, 0);
          expect(rowsInOrders).toBe(quality.usedRows);
          expect(ledger.orders.reduce((s, o) => s + o.netCents, 0)).toBe(ledger.netCents);
          expect(ledger.customers.reduce((n, c) => n + c.orders.length, 0)).toBe(ledger.orders.length);
          expect(JSON.parse(JSON.stringify(quality))).toEqual(quality);
        }),
        { numRuns: 300 },
      );
    });
    it('orders are sorted by day, minute, customer id, order id', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(fc.constantFrom('1', '2', '3', ''), fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 0, max: 5 }), fc.integer({ min: -1, max: 3 })),
            { maxLength: 30 },
          ),
          (spec) => {
            const rows: Cell[][] = [['order', 'client', 'date', 'amount']];
            for (const [o, c, d, m] of spec) rows.push([o, c, m < 0 ? `2025-03-1${d}` : `2025-03-1${d} 1${m}:00`, '1']);
            const { ledger } = ingestTable(rows);
            for (let i = 1; i < ledger.orders.length; i++) {
              const a = ledger.orders[i - 1];
              const b = ledger.orders[i];
              const cmp = a.day - b.day || a.minute - b.minute || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
              expect(cmp).toBeLessThanOrEqual(0);
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
