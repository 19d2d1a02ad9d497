import { describe, expect, it } from 'vitest';
import {
  DEMO_HEADER,
  DEMO_MANAGERS,
  DEMO_STATUS,
  dayFromYmd,
  generateCustomerRows,
  generateTransactionRows,
  generateTransactions,
  ingestTable,
  mulberry32,
} from '../../../core';

const END = dayFromYmd(2025, 3, 12);
const col = (name: string): number => DEMO_HEADER.indexOf(name);

describe('mulberry32', () => {
  it('gives the published first value for seed 42 and stays in [0, 1)', () => {
    const next = mulberry32(42);
    expect(next()).toBe(0.6011037519201636);
    for (let i = 0; i < 1000; i++) {
      const v = next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('generateTransactions', () => {
  const table = generateTransactions({ seed: 1, endDay: END, customers: 300 });
  const rows = table.slice(1).map((r) => r.map(String));

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateTransactions({ seed: 1, endDay: END, customers: 300 })).toEqual(table);
    expect(generateTransactions({ seed: 2, endDay: END, customers: 300 })).not.toEqual(table);
  });

  it('starts with the header and keeps dates within two years up to the end day (bar messy future dates)', () => {
    expect(table[0]).toEqual(DEMO_HEADER);
    const iso = rows.map((r) => r[col('Дата оплаты')].slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    const inRange = iso.filter((d) => d >= '2023-03-13' && d <= '2025-03-12');
    expect(inRange.length / rows.length).toBeGreaterThan(0.98);
    expect(iso.includes('2025-03-12') || iso.some((d) => d >= '2025-02-01')).toBe(true);
  });

  it('has refunds as negative rows with the refund status, sharing the order id of a paid order', () => {
    const refunds = rows.filter((r) => r[col('Статус')] === DEMO_STATUS.refund);
    expect(refunds.length).toBeGreaterThan(0);
    const paidOrders = new Set(rows.filter((r) => r[col('Статус')] === DEMO_STATUS.paid).map((r) => r[0]));
    for (const r of refunds) {
      expect(paidOrders.has(r[0])).toBe(true);
      expect(r[col('Количество')].startsWith('-')).toBe(true);
    }
  });

  it('has line items: orders with several rows, amount = quantity × price', () => {
    const perOrder = new Map<string, number>();
    for (const r of rows) perOrder.set(r[0], (perOrder.get(r[0]) ?? 0) + 1);
    expect([...perOrder.values()].some((n) => n >= 3)).toBe(true);
    const clean = rows.filter((r) => /^-?\d+\.\d\d$/.test(r[col('Сумма')]));
    for (const r of clean) {
      const cents = Math.round(Number(r[col('Цена')]) * 100) * Number(r[col('Количество')]);
      expect(Math.round(Number(r[col('Сумма')]) * 100)).toBe(cents);
    }
  });

  it('has unpaid and promo orders, six managers, second accounts and messy cells', () => {
    expect(rows.some((r) => r[col('Статус')] === DEMO_STATUS.unpaid)).toBe(true);
    expect(rows.some((r) => r[col('Промо')] === 'да')).toBe(true);
    expect(new Set(rows.map((r) => r[col('Менеджер')]).filter(Boolean))).toEqual(new Set(DEMO_MANAGERS));
    expect(rows.some((r) => r[col('ID клиента')].startsWith('W'))).toBe(true);
    const messy = rows.filter(
      (r) =>
        r[col('ID клиента')] === '' ||
        r[col('ID клиента')].endsWith('.0') ||
        r[col('ФИО клиента')].startsWith('=') ||
        r[col('Сумма')].includes('₽') ||
        !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[col('Дата оплаты')]),
    );
    expect(messy.length / rows.length).toBeGreaterThan(0.003);
    expect(messy.length / rows.length).toBeLessThan(0.03);
  });
});

describe('generateTransactionRows', () => {
  it('stops at exactly the requested number of rows', () => {
    expect([...generateTransactionRows({ seed: 3, endDay: END, rows: 12_345 })]).toHaveLength(12_345);
  });

  it('streams the same rows as the table (the table only sorts them by time)', () => {
    const streamed = [...generateTransactionRows({ seed: 5, endDay: END, customers: 50 })].map((r) => r.cells);
    const table = generateTransactions({ seed: 5, endDay: END, customers: 50 }).slice(1);
    const key = (r: unknown[]): string => r.join('|');
    expect(streamed.map(key).sort()).toEqual(table.map(key).sort());
  });

  it('makes each customer from its own seed, independent of the others', () => {
    const a = generateCustomerRows({ seed: 9, index: 17, endDay: END, spanDays: 730, messyShare: 0.01 });
    const all = [...generateTransactionRows({ seed: 9, endDay: END, customers: 18, messyShare: 0.01 })];
    expect(all.slice(-a.length)).toEqual(a);
  });

  describe('edge cases', () => {
    it('zero rows or zero customers give nothing', () => {
      expect([...generateTransactionRows({ seed: 1, endDay: END, rows: 0 })]).toEqual([]);
      expect(generateTransactions({ seed: 1, endDay: END, customers: 0 })).toEqual([DEMO_HEADER]);
    });
    it('a short history still gives every customer at least one row', () => {
      const rows = generateTransactions({ seed: 1, endDay: END, customers: 20, spanDays: 30 });
      expect(rows.length).toBeGreaterThan(20);
    });
  });
});

describe('the generated ledger ingests', () => {
  const table = generateTransactions({ seed: 11, endDay: END, customers: 400 });
  const { ledger, quality } = ingestTable(table, { today: END });

  it('maps every demo column by header auto-detection', () => {
    expect(Object.keys(quality.columns).sort()).toEqual(
      ['amount', 'category', 'channel', 'customer', 'date', 'email', 'manager', 'name', 'order', 'phone', 'price', 'promo', 'quantity', 'status'],
    );
  });

  it('accounts for every row, rejects the broken cells, excludes unpaid rows and reconciles to the cent', () => {
    expect(quality.totalRows).toBe(table.length - 1);
    expect(quality.usedRows + quality.rejectedRows + quality.excludedRows).toBe(quality.totalRows);
    expect(quality.rejectedRows).toBeGreaterThan(0);
    expect(quality.rejectedRows / quality.totalRows).toBeLessThan(0.02);
    const unpaid = table.filter((r) => r[col('Статус')] === DEMO_STATUS.unpaid).length;
    expect(quality.excludedRows).toBe(unpaid);
    expect(quality.reconciliation.difference).toBe(0);
  });

  it('merges second accounts, reads refunds as negative lines and groups line items into orders', () => {
    expect(quality.merges.length).toBeGreaterThan(0);
    expect(quality.refunds.rows).toBeGreaterThan(0);
    expect(ledger.orders.length).toBeLessThan(quality.usedRows);
    expect(ledger.orders.some((o) => o.refundCents < 0)).toBe(true);
    expect(ledger.has).toMatchObject({ category: true, manager: true, promo: true, channel: true });
  });
});
