import { describe, expect, it } from 'vitest';
import { ledgerVersion } from '../../../core/config/ledger-version';
import { ingestTable } from '../../../core/ledger/ingest-table';
import { orderRows } from '../../../core/ledger/order-lines';
import { ledgerOrderCount, orderTable, type OrderTable } from '../../../core/ledger/order-table';
import type { Ledger } from '../../../core/ledger/types';

const header = ['order_id', 'customer_id', 'date', 'amount', 'email', 'manager', 'promo', 'channel'];
/**
 * Customers 1 and 2 share an e-mail (one customer, id 1) and both have order O-1: 10.00 on 12 March (promo,
 * manager Анна), and −3.00 on 10 March from account 2 (manager Олег) → one order O-1 of 7.00, refunds −3.00,
 * dated 10 March, promo, manager Олег (the later-read account's), rows 2 and 4. Customer 3 has two orders.
 */
const rows = [
  header,
  ['O-1', '1', '2025-03-12', '10', 'ann@mail.ru', 'Анна', 'да', 'сайт'],
  ['O-2', '3', '2025-03-11', '5', 'bob@mail.ru', 'Олег', '', 'магазин'],
  ['O-1', '2', '2025-03-10', '-3', 'ann@mail.ru', 'Олег', '', ''],
  ['', '3', '2025-03-13', '8', 'bob@mail.ru', '', '', 'магазин'],
];

/** The same ledger as plain objects: a copy, so its table is built from its order objects. */
const plainCopy = (ledger: Ledger): Ledger => ({ ...ledger, customers: ledger.customers.map((c) => ({ ...c })), orders: [...ledger.orders] });

const columnsOf = (t: OrderTable) => ({
  start: [...t.start],
  day: [...t.day],
  minute: [...t.minute],
  netCents: [...t.netCents],
  refundCents: [...t.refundCents],
  promo: [...t.promo],
  rest: [...t.day].map((_, p) => [t.id(p), t.customerId(p), t.manager(p), t.channel(p)]),
});

/** The table's orders as eachOrder visits them, and as its positions hold them: each list sorted, to compare. */
const visitedAndHeld = (t: OrderTable) => {
  const visited: unknown[][] = [];
  t.eachOrder((...fields) => visited.push(fields));
  const held = [...t.day].map((_, p) => [t.id(p), t.customerId(p), t.day[p], t.minute[p], t.netCents[p], t.refundCents[p], t.manager(p), t.channel(p), t.promo[p] === 1]);
  const byText = (a: unknown[], b: unknown[]) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return { visited: visited.sort(byText), held: held.sort(byText) };
};

describe('the ingested ledger\'s orders', () => {
  it('joins merged accounts\' orders with one id, and its table holds what the objects hold', () => {
    const { ledger } = ingestTable(rows, { locale: 'en' });
    const t = orderTable(ledger);
    expect(columnsOf(t)).toEqual({
      start: [0, 1, 3],
      day: [20157, 20158, 20160],
      minute: [-1, -1, -1],
      netCents: [700, 500, 800],
      refundCents: [-300, 0, 0],
      promo: [1, 0, 0],
      rest: [
        ['O-1', '1', 'Олег', 'сайт'],
        ['O-2', '3', 'Олег', 'магазин'],
        ['#5', '3', null, 'магазин'],
      ],
    });
    const o = ledger.customers[0].orders[0];
    expect(o).toMatchObject({ id: 'O-1', customerId: '1', day: 20157, netCents: 700, refundCents: -300, promo: true, manager: 'Олег' });
    expect(orderRows(o)).toEqual([2, 4]);
    expect(columnsOf(orderTable(plainCopy(ledger)))).toEqual(columnsOf(t));
    // eachOrder: every order once, with the fields its position holds (the ingester's visit goes in file order)
    const { visited, held } = visitedAndHeld(t);
    expect(visited).toEqual(held);
    expect(visited).toEqual([
      ['#5', '3', 20160, -1, 800, 0, null, 'магазин', false],
      ['O-1', '1', 20157, -1, 700, -300, 'Олег', 'сайт', true],
      ['O-2', '3', 20158, -1, 500, 0, 'Олег', 'магазин', false],
    ]);
    expect(visitedAndHeld(orderTable(plainCopy(ledger))).visited).toEqual(visited);
    expect(ledgerVersion(plainCopy(ledger))).toBe(ledgerVersion(ledger));
    expect(ledgerOrderCount(ledger)).toBe(3);
  });

  it('makes each order object once: a customer\'s list and the ledger\'s list hold the same objects', () => {
    const { ledger } = ingestTable(rows, { locale: 'en' });
    const bob = ledger.customers[1];
    expect(bob.orders[0]).toBe(bob.orders[0]);
    expect(ledger.orders.map((o) => o.id)).toEqual(['O-1', 'O-2', '#5']);
    expect(ledger.orders[1]).toBe(bob.orders[0]);
    expect(ledger.orders[2]).toBe(bob.orders[1]);
  });

  it('`orders` is an own enumerable property, last, that copies and JSON see, and that can be replaced', () => {
    const { ledger } = ingestTable(rows, { locale: 'en' });
    const bob = ledger.customers[1];
    expect(Object.keys(bob)).toEqual(['id', 'ids', 'name', 'email', 'phone', 'manager', 'orders']);
    expect({ ...bob }.orders).toBe(bob.orders);
    expect(JSON.parse(JSON.stringify(bob)).orders.map((o: { id: string }) => o.id)).toEqual(['O-2', '#5']);
    // Where the list comes from is private: nothing else shows, and a plain copy is equal.
    expect(Object.getOwnPropertySymbols(bob)).toEqual([]);
    expect(Object.keys(JSON.parse(JSON.stringify(bob)))).toEqual(Object.keys(bob));
    expect(bob).toEqual({ ...bob });
    expect(Object.keys(ledger)).toEqual(['customers', 'orders', 'merges', 'netCents', 'has', 'currencies']);
    bob.orders = [];
    expect(bob.orders).toEqual([]);
    expect(ledger.customers[0].orders).toHaveLength(1);
    ledger.orders = ledger.orders.slice(0, 1);
    expect(ledger.orders).toHaveLength(1);
  });

  it('`ids` is an own enumerable property, second, made when read: one list per customer, that can be replaced', () => {
    const { ledger } = ingestTable(rows, { locale: 'en' });
    const [ann, bob] = ledger.customers;
    expect(ann.ids).toEqual(['1', '2']); // merged accounts
    expect(bob.ids).toEqual(['3']);
    expect(bob.ids).toBe(bob.ids); // the same list each time
    expect(Object.getOwnPropertyDescriptor(bob, 'ids')?.enumerable).toBe(true);
    expect(JSON.parse(JSON.stringify(bob)).ids).toEqual(['3']);
    expect({ ...bob }.ids).toEqual(['3']);
    bob.ids = ['3', 'x'];
    expect(bob.ids).toEqual(['3', 'x']);
    expect(ann.ids).toEqual(['1', '2']);
  });
});
