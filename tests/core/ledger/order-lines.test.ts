import { describe, expect, it } from 'vitest';
import { ingestTable } from '../../../core/ledger/ingest-table';
import { joinOrderLines, orderCategories, orderRows, setOrderCategories } from '../../../core/ledger/order-lines';
import type { Order } from '../../../core/ledger/types';

const order = (o: Partial<Order> = {}): Order => ({
  id: 'A-1', customerId: 'A', day: 20159, minute: -1, netCents: 0, refundCents: 0, manager: null, channel: null, promo: false,
  category: null, categorySplit: null, row: 2, lineRows: null, ...o,
});

describe('order lines', () => {
  it('a one-line order: its row, and its category holding the whole net amount', () => {
    const o = order({ netCents: 2000, category: 'Книги' });
    expect(orderRows(o)).toEqual([2]);
    expect(orderCategories(o)).toEqual([{ category: 'Книги', cents: 2000 }]);
    expect(orderCategories(order({ netCents: 2000 }))).toEqual([]); // no category column
  });

  it('setOrderCategories keeps one category equal to the net amount as `category`, anything else as a split', () => {
    const o = order({ netCents: 900 });
    setOrderCategories(o, [{ category: 'Книги', cents: 900 }]);
    expect(o).toMatchObject({ category: 'Книги', categorySplit: null });
    setOrderCategories(o, [{ category: 'Книги', cents: 400 }]); // other lines had no category
    expect(o).toMatchObject({ category: null, categorySplit: [{ category: 'Книги', cents: 400 }] });
    setOrderCategories(o, []);
    expect(o).toMatchObject({ category: null, categorySplit: null });
  });

  it('joinOrderLines adds the net amount, rows and categories of one order to another, leaving the lists it read intact', () => {
    // Hand-worked: into = 10.00 in Книги (row 4); order = 5.00 Курсы + 2.00 Книги (rows 2, 6) → 17.00:
    // Книги 12.00, Курсы 5.00, rows 2, 4, 6.
    const into = order({ netCents: 1000, category: 'Книги', row: 4 });
    const split = [
      { category: 'Курсы', cents: 500 },
      { category: 'Книги', cents: 200 },
    ];
    const other = order({ id: 'A-2', netCents: 700, categorySplit: split, row: 2, lineRows: [2, 6] });
    joinOrderLines(into, other);
    expect(into.netCents).toBe(1700);
    expect(orderCategories(into)).toEqual([
      { category: 'Книги', cents: 1200 },
      { category: 'Курсы', cents: 500 },
    ]);
    expect(into).toMatchObject({ row: 2, lineRows: [2, 4, 6], category: null });
    expect(split).toEqual([
      { category: 'Курсы', cents: 500 },
      { category: 'Книги', cents: 200 },
    ]);
    expect(other.lineRows).toEqual([2, 6]);
  });

  it('two merged accounts with one order id: one order, its rows and categories joined', () => {
    // Accounts 1 and 2 share an e-mail, so they are one customer; both have order O-1 (10.00 Книги on row 2,
    // 20.00 Курсы on row 4), which becomes one order of 30.00 in two categories. Order O-2 stays whole.
    const { ledger } = ingestTable(
      [
        ['order', 'customer_id', 'date', 'amount', 'email', 'category'],
        ['O-1', '1', '2025-03-12', '10', 'ann@mail.ru', 'Книги'],
        ['O-2', '1', '2025-03-13', '5', 'ann@mail.ru', 'Книги'],
        ['O-1', '2', '2025-03-11', '20', 'ann@mail.ru', 'Курсы'],
      ],
      { locale: 'en' },
    );
    expect(ledger.customers).toHaveLength(1);
    const [o1, o2] = ledger.customers[0].orders;
    expect(o1).toMatchObject({ id: 'O-1', customerId: '1', netCents: 3000, day: 20158, row: 2, lineRows: [2, 4] });
    expect(orderCategories(o1)).toEqual([
      { category: 'Книги', cents: 1000 },
      { category: 'Курсы', cents: 2000 },
    ]);
    expect(o2).toMatchObject({ id: 'O-2', row: 3, lineRows: null, category: 'Книги' });
    expect(orderCategories(o2)).toEqual([{ category: 'Книги', cents: 500 }]);
  });
});
