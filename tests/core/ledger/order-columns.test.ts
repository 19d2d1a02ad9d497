import { describe, expect, it } from 'vitest';
import { OrderColumns } from '../../../core/ledger/order-columns';
import { orderCategories, orderRows } from '../../../core/ledger/order-lines';

/** Packed day/minute code (see assembleLedger): day 20159 = 2025-03-12; minute -1 = no time. */
const code = (day: number, minute = -1): number => day * 2048 + minute + 1;

describe('OrderColumns', () => {
  it('lines added as a reader adds them: rows listed, a second category splits the net amount', () => {
    // Hand-worked: line 1 Книги 10.00 (row 2); line 2 Книги 5.00 (row 3): one category, 15.00;
    // line 3 Курсы 7.00 (row 5): Книги keeps 22.00 − 7.00 = 15.00; line 4 Курсы −2.00 (row 6): Курсы 5.00.
    const c = new OrderColumns();
    const books = c.textCode('Книги');
    const courses = c.textCode('Курсы');
    const i = c.add('A-1', 0, 0, code(20159), 1000, 2, -1, -1, false, books);
    c.addLine(i, code(20159), 500, 3, -1, -1, false, books);
    expect(c.toOrder(i, 'A')).toMatchObject({ netCents: 1500, category: 'Книги', categorySplit: null, lineRows: [2, 3] });
    c.addLine(i, code(20159), 700, 5, -1, -1, false, courses);
    c.addLine(i, code(20159), -200, 6, -1, -1, false, courses);
    const o = c.toOrder(i, 'A');
    expect(o.netCents).toBe(2000);
    expect(o.refundCents).toBe(-200);
    expect(o.category).toBeNull();
    expect(orderCategories(o)).toEqual([
      { category: 'Книги', cents: 1500 },
      { category: 'Курсы', cents: 500 },
    ]);
    expect(orderRows(o)).toEqual([2, 3, 5, 6]);
  });

  it('an order keeps its earliest time, its last non-empty manager and channel, and any line\'s promo flag', () => {
    const c = new OrderColumns();
    const anna = c.textCode('Анна');
    const oleg = c.textCode('Олег');
    const shop = c.textCode('магазин');
    const i = c.add('7', 0, 3, code(20160, 600), 1000, 4, anna, shop, false, -1);
    c.addLine(i, code(20159, 900), 100, 5, oleg, -1, true, -1); // earlier day, another manager, no channel
    c.addLine(i, code(20161), 100, 6, -1, -1, false, -1); // no manager: Олег stays
    expect(c.toOrder(i, '100001')).toEqual({
      id: '7',
      customerId: '100001',
      day: 20159,
      minute: 900,
      netCents: 1200,
      refundCents: 0,
      manager: 'Олег',
      channel: 'магазин',
      promo: true,
      category: null, // no category column
      categorySplit: null,
      row: 4,
      lineRows: [4, 5, 6],
    });
  });

  it('a one-line order without an id is named after its row; texts are numbered once', () => {
    const c = new OrderColumns();
    expect(c.textCode('магазин')).toBe(0);
    expect(c.textCode('сайт')).toBe(1);
    expect(c.textCode('магазин')).toBe(0);
    expect(c.textCode(null)).toBe(-1);
    const i = c.add('', 0, 0, code(20159), -500, 9, -1, 1, false, c.textCode(''));
    expect(c.orderId(i)).toBe('#9');
    expect(c.toOrder(i, 'B')).toMatchObject({ id: '#9', netCents: -500, refundCents: -500, channel: 'сайт', category: '', lineRows: null, row: 9 });
  });

  it('grows past its first capacity without losing an order', () => {
    const c = new OrderColumns();
    for (let k = 0; k < 3000; k++) {
      const i = c.add(String(k), 0, k, code(20000 + (k % 50)), k, k + 2, -1, -1, k % 7 === 0, -1);
      if (k % 3 === 0) c.addLine(i, code(19999), 1, k + 100_000, -1, -1, false, -1);
    }
    expect(c.size).toBe(3000);
    expect(c.toOrder(2999, 'x')).toMatchObject({ id: '2999', day: 20049, netCents: 2999, promo: false, row: 3001, lineRows: null });
    expect(c.toOrder(2997, 'x')).toMatchObject({ day: 19999, netCents: 2998, promo: false, row: 2999, lineRows: [2999, 102_997] });
    expect(c.toOrder(2995, 'x').promo).toBe(false); // 2995 = 7 × 427 + 6
    expect(c.toOrder(2989, 'x').promo).toBe(true); // 2989 = 7 × 427
  });
});

describe('OrderColumns: ids given as numbers', () => {
  it('an id of digits kept as its key reads back as its text, leading zeros included', () => {
    const c = new OrderColumns();
    const i = c.add('', 5e14 + 17, 0, code(20159), 100, 2, -1, -1, false, -1); // "00017"
    const j = c.add('1001', 0, 0, code(20159), 100, 3, -1, -1, false, -1);
    expect([c.id(i), c.orderId(i), c.toOrder(i, 'A').id]).toEqual(['00017', '00017', '00017']);
    expect(c.id(j)).toBe('1001');
  });
});
