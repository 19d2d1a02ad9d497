import { describe, expect, it } from 'vitest';
import { createIngester } from '../../../core/ledger/create-ingester';
import { ingestTable } from '../../../core/ledger/ingest-table';
import { orderCategories } from '../../../core/ledger/order-lines';
import { CellsRow } from '../../../core/ledger/row-view';
import type { Cell } from '../../../core/ledger/types';
import { UserInputError } from '../../../core/errors';

const D = 20159; // 2025-03-12

function run(rows: Cell[][], options = {}) {
  return ingestTable(rows, { locale: 'en', ...options });
}

describe('createIngester', () => {
  describe('orders and line items', () => {
    // Hand-worked: order A-1 = 1 234,56 + 100 = 1334.56 (earliest line 09:00 wins the time);
    // order A-2 is a refund of 50; customer B has one row without an order id → order "#5".
    const table: Cell[][] = [
      ['Номер заказа', 'Клиент', 'Дата оплаты', 'Сумма', 'Статус', 'Менеджер', 'Категория', 'Промо'],
      ['A-1', 'A', '12.03.2025 10:00', '1 234,56', 'Оплачен', 'Анна', 'Курсы', ''],
      ['A-1', 'A', '12.03.2025 09:00', '100', '', '', 'Книги', 'да'],
      ['A-2', 'A', '14.03.2025', '50', 'Возврат', 'Борис', 'Курсы', ''],
      ['', 'B', '13.03.2025', '$20', '', '', '', ''],
    ];
    const { ledger, quality } = run(table);
    it('rows sharing an order id are one order', () => {
      const a = ledger.customers.find((c) => c.id === 'A')!;
      expect(a.orders.map((o) => o.id)).toEqual(['A-1', 'A-2']);
      expect(a.orders[0]).toMatchObject({ day: D, minute: 540, netCents: 133456, refundCents: 0, manager: 'Анна', promo: true, row: 2, lineRows: [2, 3], category: null });
      expect(orderCategories(a.orders[0])).toEqual([
        { category: 'Курсы', cents: 123456 },
        { category: 'Книги', cents: 10000 },
      ]);
    });
    it('a refund status makes the amount negative', () => {
      const a = ledger.customers.find((c) => c.id === 'A')!;
      expect(a.orders[1]).toMatchObject({ day: D + 2, minute: -1, netCents: -5000, refundCents: -5000 });
      expect(a.manager).toBe('Борис');
      expect(quality.refunds).toEqual({ rows: 1, total: -50 });
    });
    it('a row without an order id is its own order named after its row', () => {
      const b = ledger.customers.find((c) => c.id === 'B')!;
      expect(b.orders).toHaveLength(1);
      expect(b.orders[0]).toMatchObject({ id: '#5', customerId: 'B', day: D + 1, netCents: 2000, category: '', categorySplit: null });
      expect(orderCategories(b.orders[0])).toEqual([{ category: '', cents: 2000 }]);
    });
    it('ledger totals and ordering', () => {
      expect(ledger.netCents).toBe(133456 - 5000 + 2000);
      expect(ledger.orders.map((o) => o.id)).toEqual(['A-1', '#5', 'A-2']);
      expect(ledger.customers.map((c) => c.id)).toEqual(['A', 'B']);
      expect(ledger.has).toEqual({ time: true, category: true, manager: true, promo: true, channel: false });
      expect(quality).toMatchObject({ totalRows: 4, usedRows: 4, rejectedRows: 0, excludedRows: 0, customers: 2, orders: 3, purchases: 2, nonPurchaseOrders: 1 });
    });
  });

  describe('amount from quantity × unit price (Online Retail shape)', () => {
    const { ledger, quality } = run([
      ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
      ['536365', '85123A', '6', '12/1/2010 8:26', '2.55', '17850.0'],
      ['536365', '71053', '6', '12/1/2010 8:26', '3.39', '17850.0'],
      ['C536379', 'D', '-1', '12/1/2010 9:41', '27.5', '17850'],
      ['536366', '22633', 3, '12/1/2010 8:28', 0.335, 17850],
    ]);
    it('amount = quantity × price rounded to cents; 17850.0 = 17850; a cancellation order reduces revenue', () => {
      expect(ledger.customers).toHaveLength(1);
      const orders = ledger.customers[0].orders;
      // 6 × 2.55 = 15.30, 6 × 3.39 = 20.34 → 35.64; 3 × 0.335 = 1.005 → 1.01 (half away from zero); −1 × 27.50.
      expect(orders.map((o) => [o.id, o.netCents, o.minute])).toEqual([
        ['536365', 3564, 506],
        ['536366', 101, 508],
        ['C536379', -2750, 581],
      ]);
      expect(ledger.netCents).toBe(3564 + 101 - 2750);
      expect(quality.purchases).toBe(2);
      expect(quality.completeness.filter((c) => c.required).map((c) => c.field)).toEqual(['customer', 'date', 'quantity', 'price']);
    });
  });

  describe('an empty amount with quantity and price columns too', () => {
    const { quality } = run([
      ['Клиент', 'Дата', 'Количество', 'Цена', 'Сумма'],
      ['A', '2025-03-12', '2', '5', ''], // amount from 2 × 5
      ['B', '2025-03-12', '', '5', ''], // no amount and no quantity: the amount is what is missing
      ['C', '2025-03-12', '2', '', ''],
      ['D', '2025-03-12', 'два', '5', ''], // a quantity that is there but unreadable is named as such
    ]);
    it('the amount is reported missing (not "no amount column"); an unreadable quantity is reported as one', () => {
      expect(quality.usedRows).toBe(1);
      expect(quality.rejected.map((r) => [r.row, r.column, r.code])).toEqual([
        [3, 'Сумма', 'amount-missing'],
        [4, 'Сумма', 'amount-missing'],
        [5, 'Количество', 'quantity-invalid'],
      ]);
    });
    it('without an amount column an empty quantity or price is named', () => {
      const r = run([
        ['Клиент', 'Дата', 'Количество', 'Цена'],
        ['B', '2025-03-12', '', '5'],
        ['C', '2025-03-12', '2', ''],
      ]);
      expect(r.quality.rejected.map((x) => [x.row, x.column, x.code])).toEqual([
        [2, 'Количество', 'quantity-missing'],
        [3, 'Цена', 'price-missing'],
      ]);
    });
  });

  describe('rows spanning several lines of the source', () => {
    it('are counted with their first and last line (a view says how many lines a row took)', () => {
      const ing = createIngester(['Клиент', 'Дата', 'Сумма']);
      const view = new CellsRow();
      const add = (cells: string[], row: number, lines?: number): void => {
        const v = view.next(cells);
        Object.defineProperty(v, 'lines', { value: lines, configurable: true });
        ing.addRow(v, row);
      };
      add(['A', '2025-03-12', '10'], 2);
      add(['B', '2025-03-12', '20'], 3, 3); // lines 3–5
      add(['C', '2025-03-12', 'x'], 6, 2); // lines 6–7, rejected: counted all the same
      add(['D', '2025-03-12', '40'], 8, 1);
      const { quality } = ing.finish();
      expect(quality.multiLineRows).toEqual({ rows: 2, sample: [{ row: 3, lastLine: 5 }, { row: 6, lastLine: 7 }] });
      expect(quality.rejected.map((r) => r.row)).toEqual([6]);
    });
  });

  describe('identity', () => {
    const { ledger, quality } = run([
      ['customer_id', 'date', 'amount', 'email', 'phone', 'name'],
      ['1', '2025-03-12', '10', 'Ann@Mail.ru', '', 'Ann'],
      ['2', '2025-03-13', '20', ' ann@mail.ru ', '8 (916) 123-45-67', 'Anna'],
      ['3', '2025-03-14', '30', '', '+7 916 123 45 67', ''],
      ['4', '2025-03-15', '40', 'other@mail.ru', '', ''],
      ['', '2025-03-16', '50', 'other@mail.ru', '', ''],
      ['', '2025-03-17', '60', 'new@mail.ru', '', 'Newcomer'],
      ['', '2025-03-18', '70', '', '', ''],
    ]);
    it('customers sharing a normalised e-mail or phone are merged into the first id seen', () => {
      const one = ledger.customers.find((c) => c.id === '1')!;
      expect(one.ids).toEqual(['1', '2', '3']);
      expect(one.orders.map((o) => o.netCents)).toEqual([1000, 2000, 3000]);
      expect(one).toMatchObject({ name: 'Anna', email: 'ann@mail.ru', phone: '79161234567' });
      expect(ledger.merges).toEqual([
        { into: '1', from: '2', via: 'email', value: 'ann@mail.ru' },
        { into: '1', from: '3', via: 'phone', value: '79161234567' },
      ]);
    });
    it('a row without a customer id joins the customer with its e-mail, or gets an email: id, or is rejected', () => {
      expect(ledger.customers.find((c) => c.id === '4')!.orders.map((o) => o.netCents)).toEqual([4000, 5000]);
      const newcomer = ledger.customers.find((c) => c.id === 'email:new@mail.ru')!;
      expect(newcomer).toMatchObject({ ids: ['email:new@mail.ru'], name: 'Newcomer', email: 'new@mail.ru' });
      expect(quality.rejected).toEqual([
        { row: 8, column: 'customer_id', value: '', reason: expect.stringContaining('customer id is empty'), code: 'customer-missing' },
      ]);
      expect(quality.withoutCustomerId).toEqual({ rows: 3, attachedByContact: 2, total: 180, revenueShare: 0.6429 });
      expect(quality.customers).toBe(3);
    });
    it('numbers Excel rounded (7,91612E+10) never merge customers or join orders; a rounded customer id rejects its row', () => {
      // Hand-worked: rows 2 and 3 share the rounded phone and the rounded order id, but they are two customers
      // (A1, A2) with an order each; row 4 has a real phone and a rounded customer id: rejected, 300 left out.
      const r = run([
        ['order', 'customer', 'date', 'amount', 'phone'],
        ['1,23457E+11', 'A1', '2025-03-12', '100', '7,91612E+10'],
        ['1,23457E+11', 'A2', '2025-03-13', '200', '7,91612E+10'],
        ['5', '1,23457E+11', '2025-03-13', '300', '+7 916 000-00-00'],
        ['6', 'A2', '2025-03-14', '50', '7,91612E+10'],
      ]);
      expect(r.ledger.customers.map((c) => [c.id, c.phone, c.orders.map((o) => o.id)])).toEqual([
        ['A1', null, ['#2']],
        ['A2', null, ['#3', '6']],
      ]);
      expect(r.ledger.merges).toEqual([]);
      expect(r.quality.rejected).toEqual([
        { row: 4, column: 'customer', value: '1,23457E+11', reason: expect.stringContaining('rounded by Excel'), code: 'customer-id-rounded' },
      ]);
      expect(r.quality.roundedByExcel).toEqual({ phone: { rows: 3, sampleRows: [2, 3, 5] }, order: { rows: 2, sampleRows: [2, 3] } });
      expect(r.quality.reconciliation).toMatchObject({ inputTotal: 650, rejectedTotal: 300, ledgerNet: 350, difference: 0 });
    });
    it('placeholder contacts (noemail@…, +7 000 000-00-00) merge no strangers; a row with nothing else is rejected', () => {
      // Hand-worked: A and B share only placeholders, so they stay two customers; row 4 has no id and only a
      // placeholder e-mail: no customer to attach it to. Rows 2 and 3 are counted for both placeholders.
      const r = run([
        ['customer', 'date', 'amount', 'email', 'phone'],
        ['A', '2025-03-12', '10', 'noemail@mail.ru', '+7 (000) 000-00-00'],
        ['B', '2025-03-13', '20', 'NoEmail@mail.ru', '8 000 000 00 00'],
        ['', '2025-03-14', '30', 'test@test.ru', ''],
      ]);
      expect(r.ledger.customers.map((c) => [c.id, c.email, c.phone])).toEqual([
        ['A', null, null],
        ['B', null, null],
      ]);
      expect(r.ledger.merges).toEqual([]);
      expect(r.quality.rejected.map((x) => [x.row, x.code])).toEqual([[4, 'customer-missing']]);
      expect(r.quality.placeholderContacts).toEqual({ email: { rows: 2, sampleRows: [2, 3] }, phone: { rows: 2, sampleRows: [2, 3] } });
    });
    it('currencies named in amount cells are counted per used row; the ledger lists them, most rows first', () => {
      // Hand-worked: rows 2 and 4 in rubles (1200 + 1000), row 3 in dollars (15), row 5 a plain number (not
      // counted), row 6 rejected (no date) though it names euros.
      const r = run([
        ['customer', 'date', 'amount'],
        ['A', '2025-03-12', '1 200 ₽'],
        ['B', '2025-03-12', '$15'],
        ['C', '2025-03-12', '1 000 руб.'],
        ['D', '2025-03-12', '500'],
        ['E', '', '5 EUR'],
      ]);
      expect(r.quality.amountCurrencies).toEqual([
        { currency: 'RUB', rows: 2, total: 2200, sampleRow: 2 },
        { currency: 'USD', rows: 1, total: 15, sampleRow: 3 },
      ]);
      expect(r.ledger.currencies).toEqual(['RUB', 'USD']);
      expect(run([['customer', 'date', 'amount'], ['A', '2025-03-12', '12.50']]).ledger.currencies).toEqual([]);
    });
    it('a currency column names each row\'s currency (Shopify\'s "Currency"); a blank cell leaves it to the amount', () => {
      // Hand-worked: rows 2 and 5 in USD (the code in any case; row 5 from its amount cell, its currency cell blank),
      // row 3 in RUB by its symbol, row 4's "XYZ" is a three-letter code kept as written.
      const r = run([
        ['customer', 'date', 'amount', 'Currency'],
        ['A', '2025-03-12', '100', 'usd'],
        ['B', '2025-03-12', '50', '₽'],
        ['C', '2025-03-12', '7', 'XYZ'],
        ['D', '2025-03-12', '$3', ''],
      ]);
      expect(r.quality.amountCurrencies).toEqual([
        { currency: 'USD', rows: 2, total: 103, sampleRow: 2 },
        { currency: 'RUB', rows: 1, total: 50, sampleRow: 3 },
        { currency: 'XYZ', rows: 1, total: 7, sampleRow: 4 },
      ]);
      expect(r.quality.columns.currency).toBe('Currency');
    });
    it('a later real id takes over a group started by a row without an id', () => {
      const r = run([
        ['customer', 'date', 'amount', 'email'],
        ['', '2025-03-12', '5', 'zoe@y.ru'],
        ['Z9', '2025-03-13', '7', 'ZOE@Y.RU'],
      ]);
      expect(r.ledger.customers.map((c) => [c.id, c.ids, c.orders.length])).toEqual([['Z9', ['Z9'], 2]]);
      expect(r.ledger.merges).toEqual([]);
    });
  });

  describe('statuses: unpaid rows are excluded and counted', () => {
    const { ledger, quality } = run([
      ['client', 'date', 'amount', 'status'],
      ['A', '2025-03-12', '100', 'paid'],
      ['A', '2025-03-13', '200', 'не оплачен'],
      ['A', '2025-03-14', '300', 'cancelled'],
      ['A', '2025-03-15', '400', 'в пути?'],
      ['A', '2025-03-16', '500', false],
    ]);
    it('counts add up and the money line reconciles', () => {
      expect(quality).toMatchObject({ totalRows: 5, usedRows: 1, rejectedRows: 1, excludedRows: 3 });
      expect(quality.excluded).toEqual([
        { row: 3, reason: 'unpaid' },
        { row: 4, reason: 'unpaid' },
        { row: 6, reason: 'unpaid' },
      ]);
      expect(quality.rejected[0]).toMatchObject({ row: 5, column: 'status', value: 'в пути?', code: 'status-unknown' });
      expect(quality.reconciliation).toEqual({
        inputTotal: 1500,
        rejectedTotal: 400,
        excludedTotal: 1000,
        ledgerNet: 100,
        difference: 0,
        unreadableAmounts: 0,
      });
      expect(ledger.netCents).toBe(10000);
    });
  });

  describe('rejections carry row, column, raw value and a reason that says how to fix', () => {
    const { quality } = run(
      [
        ['client', 'date', 'amount'],
        ['A', '', '10'],
        ['A', 'вчера', '10'],
        ['A', '12/31/2025', '10'],
        ['A', '2025-03-12', ''],
        ['A', '2025-03-12', 'десять'],
        ['', '2025-03-12', '10'],
      ],
      {},
    );
    it('one entry per rejected row, in row order', () => {
      expect(quality.rejected.map((r) => [r.row, r.column, r.value, r.code])).toEqual([
        [2, 'date', '', 'date-missing'],
        [3, 'date', 'вчера', 'date-invalid'],
        [4, 'date', '12/31/2025', 'date-order-dmy'],
        [5, 'amount', '', 'amount-missing'],
        [6, 'amount', 'десять', 'amount-invalid'],
        [7, 'client', '', 'customer-missing'],
      ]);
      expect(quality.rejected[2].reason).toContain('mdy');
      expect(quality.reconciliation).toMatchObject({ inputTotal: 40, rejectedTotal: 40, ledgerNet: 0, difference: 0, unreadableAmounts: 2 });
      expect(quality.rejectedByReason.map((r) => [r.code, r.rows])).toContainEqual(['date-invalid', 1]);
    });
    it('reasons are Russian by default', () => {
      const ru = ingestTable([
        ['client', 'date', 'amount'],
        ['A', 'вчера', '10'],
      ]);
      expect(ru.quality.rejected[0].reason).toBe('дата не распознана: пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ');
    });
  });

  describe('quality checks', () => {
    it('exact duplicate rows are kept and reported with the row they repeat', () => {
      const { ledger, quality } = run([
        ['client', 'date', 'amount'],
        ['A', '2025-03-12', '10'],
        ['A', '2025-03-12', '10'],
        ['A', '2025-03-12', '10', ''],
        ['A', '2025-03-12', '11'],
      ]);
      expect(quality.duplicates).toEqual({ rows: 2, sample: [{ row: 3, sameAs: 2 }, { row: 4, sameAs: 2 }] });
      expect(ledger.netCents).toBe(4100);
    });
    it('every duplicate row is listed with the row it repeats, up to the listing cap (all are counted)', () => {
      const rows: Cell[][] = [['client', 'date', 'amount'], ...Array.from({ length: 15 }, () => ['A', '2025-03-12', '10'])];
      const all = run(rows).quality.duplicates;
      expect(all?.rows).toBe(14);
      expect(all?.sample).toEqual(Array.from({ length: 14 }, (_, i) => ({ row: i + 3, sameAs: 2 })));
      const capped = run(rows, { maxRejectedListed: 5 }).quality.duplicates;
      expect([capped?.rows, capped?.sample.length, capped?.sample[4]]).toEqual([14, 5, { row: 7, sameAs: 2 }]);
    });
    it('qualityChecks: false looks for no duplicates (null) and counts no empty cells (no completeness rows), all else the same', () => {
      const rows: Cell[][] = [['client', 'date', 'amount', 'e-mail'], ['A', '2025-03-12', '10', ''], ['A', '2025-03-12', '10', ''], ['B', '2025-03-13', '7', 'b@x.ru']];
      const checked = run(rows);
      const skipped = run(rows, { qualityChecks: false });
      expect(checked.quality.duplicates).toEqual({ rows: 1, sample: [{ row: 3, sameAs: 2 }] });
      expect(checked.quality.completeness.find((c) => c.field === 'email')?.emptyRows).toBe(2);
      expect(skipped.quality.duplicates).toBeNull();
      expect([skipped.quality.completeness, skipped.quality.completenessPass]).toEqual([[], true]);
      expect({ ...skipped.quality, duplicates: checked.quality.duplicates, completeness: checked.quality.completeness, completenessPass: checked.quality.completenessPass }).toEqual(
        checked.quality,
      );
      expect(skipped.ledger).toEqual(checked.ledger);
      // A reader that finds no duplicates need not hand any over either.
      const ing = createIngester(rows[0], { qualityChecks: false, rowFingerprints: false });
      for (const r of rows.slice(1)) ing.add(r);
      expect(ing.finish().quality.duplicates).toBeNull();
    });

    it('a totals line ("Итого", "Total:") is rejected as such, not as a sale without a date', () => {
      const { quality, ledger } = run([
        ['client', 'date', 'amount', 'note'],
        ['A', '2025-03-12', '10', ''],
        ['Totalis', '2025-03-12', '5', ''], // a customer whose id starts with "Total": a sale
        ['ИТОГО:', '', '15', ''],
        ['', '', '15', 'Grand total'],
        ['B', '', '7', 'всего хорошего'], // "всего" in a note: not a totals line, just a row without a date
        ['', '', '15', 'Итого по клиентам'],
      ]);
      expect(ledger.netCents).toBe(1500);
      expect(quality.rejected.map((r) => [r.row, r.column, r.value, r.code])).toEqual([
        [4, 'client', 'ИТОГО:', 'total-row'],
        [5, 'note', 'Grand total', 'total-row'],
        [6, 'date', '', 'date-missing'],
        [7, 'note', 'Итого по клиентам', 'total-row'],
      ]);
      expect(quality.rejected[0].reason).toBe('a totals row ("Total"), not a sale: its amount is left out');
      // No sale, so neither a row without a customer id (rows 5 and 7 have none) nor a row of the completeness
      // report: of the three sale rows (2, 3, 6) only row 6 has no date.
      expect(quality.withoutCustomerId).toMatchObject({ rows: 0, total: 0, revenueShare: 0 });
      const empty = Object.fromEntries(quality.completeness.map((c) => [c.field, [c.emptyRows, c.emptyShare]]));
      expect(empty).toMatchObject({ customer: [0, 0], date: [1, 0.3333], amount: [0, 0] });
      expect(quality.totalRows).toBe(6);
    });

    it('a reader that finds the duplicate rows itself hands them over; without them finish refuses', () => {
      const rows: Cell[][] = [
        ['A', '2025-03-12', '10'],
        ['A', '2025-03-12', '10'],
      ];
      const given = createIngester(['client', 'date', 'amount'], { rowFingerprints: false });
      for (const r of rows) given.add(r);
      given.useDuplicates({ rows: 1, sample: [{ row: 3, sameAs: 2 }] });
      expect(given.finish().quality.duplicates).toEqual({ rows: 1, sample: [{ row: 3, sameAs: 2 }] });
      const forgotten = createIngester(['client', 'date', 'amount'], { rowFingerprints: false });
      for (const r of rows) forgotten.add(r);
      expect(() => forgotten.finish()).toThrow(/useDuplicates was not called/);
    });
    it('assemble builds the ledger before the duplicate rows are known; finish then gives what it gives alone', () => {
      const rows: Cell[][] = [
        ['A', '2025-03-12', '10'],
        ['B', '2025-03-13', '-4'],
        ['A', '2025-03-12', '10'],
      ];
      const alone = createIngester(['client', 'date', 'amount']);
      for (const r of rows) alone.add(r);
      const early = createIngester(['client', 'date', 'amount'], { rowFingerprints: false });
      for (const r of rows) early.add(r);
      early.assemble();
      early.assemble(); // a second call changes nothing
      expect(() => early.add(['C', '2025-03-14', '1'])).toThrow(/after assemble/);
      early.useDuplicates({ rows: 1, sample: [{ row: 4, sameAs: 2 }] });
      const result = early.finish();
      expect(result).toEqual(alone.finish());
      expect(result.ledger.customers.map((c) => [c.id, c.orders.length])).toEqual([
        ['A', 2],
        ['B', 1],
      ]);
      expect(() => early.assemble()).toThrow(/after finish/);
    });
    it('future dates, zero amounts, blank rows and the header row setting', () => {
      const { quality } = run(
        [
          ['client', 'date', 'amount'],
          ['A', '2025-03-12', '0'],
          [],
          ['', ' ', null],
          ['A', '2025-03-13', '10'],
        ],
        { today: D, headerRow: 3 },
      );
      expect(quality).toMatchObject({ totalRows: 2, blankRows: 2, usedRows: 2 });
      expect(quality.futureDates).toEqual({ today: '2025-03-12', rows: 1, sampleRows: [7] });
      expect(quality.zeroAmounts).toEqual({ rows: 1, sampleRows: [4] });
    });
    it('completeness against the SLA', () => {
      const rows: Cell[][] = [['client', 'date', 'amount', 'manager']];
      for (let i = 0; i < 100; i++) rows.push([i < 3 ? '' : `C${i}`, '2025-03-12', '1', i < 50 ? 'M' : '']);
      const { quality } = run(rows, { requiredEmptySla: 0.02 });
      expect(quality.completeness[0]).toEqual({ field: 'customer', column: 'client', required: true, emptyRows: 3, emptyShare: 0.03, sla: 0.02, pass: false });
      expect(quality.completeness[3]).toMatchObject({ field: 'manager', emptyRows: 50, sla: null, pass: null });
      expect(quality.completenessPass).toBe(false);
      expect(run(rows, { requiredEmptySla: 0.05 }).quality.completenessPass).toBe(true);
    });
    it('an order id used by two customers stays two orders and is reported', () => {
      const { ledger, quality } = run([
        ['order', 'client', 'date', 'amount'],
        ['1', 'A', '2025-03-12', '10'],
        ['1', 'B', '2025-03-12', '20'],
        ['1', 'B', '2025-03-12', '5'],
      ]);
      expect(ledger.orders.map((o) => [o.id, o.customerId, o.netCents])).toEqual([
        ['1', 'A', 1000],
        ['1', 'B', 2500],
      ]);
      expect(quality.sharedOrderIds).toBe(1);
    });
  });

  describe('time zones and dates', () => {
    it('instants with an offset and Date objects are read in the given zone', () => {
      const { ledger } = run(
        [
          ['client', 'date', 'amount'],
          ['A', '2025-03-11T22:30:00Z', '1'],
          ['B', new Date(Date.UTC(2025, 2, 11, 21, 0)), '1'],
        ],
        { timeZone: 'Europe/Moscow' },
      );
      expect(ledger.orders.map((o) => [o.customerId, o.day, o.minute])).toEqual([
        ['B', D, -1],
        ['A', D, 90],
      ]);
    });
    it('orders spanning two centuries with times are still sorted by day, minute, customer', () => {
      const { ledger } = run([
        ['client', 'date', 'amount'],
        ['B', '2099-01-01 10:00', '1'],
        ['A', '2099-01-01 10:00', '1'],
        ['A', '1950-06-01 23:00', '1'],
        ['C', '2099-01-01 09:59', '1'],
        ['A', '1950-06-01', '1'],
      ]);
      expect(ledger.orders.map((o) => [o.customerId, o.id])).toEqual([
        ['A', '#6'],
        ['A', '#4'],
        ['C', '#5'],
        ['A', '#3'],
        ['B', '#2'],
      ]);
    });
    it('mdy order is a setting for the whole file', () => {
      const { ledger } = run(
        [
          ['client', 'date', 'amount'],
          ['A', '03/12/2025', '1'],
        ],
        { dateOrder: 'mdy' },
      );
      expect(ledger.orders[0].day).toBe(D);
    });
  });

  describe('edge cases', () => {
    it('an empty table gives an empty ledger', () => {
      const { ledger, quality } = run([['client', 'date', 'amount']]);
      expect(ledger).toMatchObject({ customers: [], orders: [], merges: [], netCents: 0 });
      expect(quality).toMatchObject({ totalRows: 0, usedRows: 0, customers: 0, completenessPass: true });
      expect(quality.reconciliation.difference).toBe(0);
    });
    it('one customer, one row', () => {
      const { ledger } = run([
        ['client', 'date', 'amount'],
        [7, 45728, 12.5],
      ]);
      expect(ledger.customers).toEqual([
        {
          id: '7', ids: ['7'], name: null, email: null, phone: null, manager: null,
          orders: [{ id: '#2', customerId: '7', day: D, minute: -1, netCents: 1250, refundCents: 0, manager: null, channel: null, promo: false, category: null, categorySplit: null, row: 2, lineRows: null }],
        },
      ]);
    });
    it('bad options are user mistakes', () => {
      expect(() => createIngester(['client', 'date', 'amount'], { timeZone: 'Moscow' })).toThrow(UserInputError);
      expect(() => createIngester(['client', 'date', 'amount'], { dateOrder: 'ymd' as 'dmy' })).toThrow(UserInputError);
      expect(() => createIngester(['client', 'date', 'amount'], { requiredEmptySla: 2 })).toThrow(UserInputError);
      expect(() => createIngester([])).toThrow(UserInputError);
    });
    it('exposes the mapping and headers before any row', () => {
      const ing = createIngester([' Клиент ', 'Дата', 'Сумма']);
      expect(ing.headers).toEqual(['Клиент', 'Дата', 'Сумма']);
      expect(ing.mapping).toEqual({ customer: 0, date: 1, amount: 2 });
    });
  });
});
