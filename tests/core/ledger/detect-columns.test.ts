import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../core/ledger/detect-columns';
import { normalizeHeader } from '../../../core/ledger/normalize-header';
import { UserInputError } from '../../../core/errors';

describe('detectColumns', () => {
  it('Russian headers', () => {
    expect(detectColumns(['Клиент', 'Дата оплаты', 'Сумма', 'Менеджер'])).toEqual({ customer: 0, date: 1, amount: 2, manager: 3 });
    expect(detectColumns(['ID клиента', 'Дата', 'Выручка', 'Канал', 'Категория', 'Промо', 'Телефон', 'Почта', 'Статус'])).toEqual({
      customer: 0, date: 1, amount: 2, channel: 3, category: 4, promo: 5, phone: 6, email: 7, status: 8,
    });
  });
  it('English headers: Online Retail and CDNOW', () => {
    expect(detectColumns(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'])).toEqual({
      order: 0, quantity: 3, date: 4, price: 5, customer: 6,
    });
    expect(detectColumns(['customer_id', 'date', 'number_of_cds', 'dollar_value'])).toEqual({ customer: 0, date: 1, quantity: 2, amount: 3 });
    expect(detectColumns(['order_date', 'Customer ID', 'revenue', 'e-mail'])).toEqual({ date: 0, customer: 1, amount: 2, email: 3 });
  });
  it('CRM and shop exports: amoCRM deals, Shopify orders, GetCourse orders', () => {
    const amo = ['ID сделки', 'Название сделки', 'Бюджет', 'Ответственный', 'Этап сделки', 'Дата создания', 'Дата закрытия', 'Контакт', 'Телефон клиента', 'Email клиента'];
    expect(detectColumns(amo)).toEqual({ order: 0, amount: 2, manager: 3, status: 4, date: 6, name: 7, phone: 8, email: 9 });
    const shopify = ['Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Currency', 'Subtotal', 'Total', 'Discount Code', 'Created at', 'Billing Name', 'Billing Phone'];
    // Shopify's "Name" is the order number (#1001); "Name" stays the customer's name, as in most files.
    expect(detectColumns(shopify)).toEqual({ name: 0, email: 1, status: 2, date: 3, currency: 5, amount: 7, promo: 8, phone: 11 });
    expect(detectColumns(['Клиент', 'Дата', 'Сумма', 'Валюта'])).toMatchObject({ currency: 3 });
    expect(detectColumns(['ID заказа', 'ID пользователя', 'Дата оплаты', 'Стоимость, RUB', 'Статус'])).toEqual({ order: 0, customer: 1, date: 2, amount: 3, status: 4 });
  });
  it('an id-like header beats a plain one for the same field', () => {
    expect(detectColumns(['Клиент', 'ID клиента', 'Дата', 'Сумма'])).toMatchObject({ customer: 1 });
  });
  it('currency in the header does not hide it', () => {
    expect(detectColumns(['Клиент', 'Дата', 'Сумма, ₽'])).toMatchObject({ amount: 2 });
    expect(detectColumns(['customer', 'date', 'Amount (USD)'])).toMatchObject({ amount: 2 });
    expect(detectColumns(['Клиент', 'Дата', 'Сумма руб.'])).toMatchObject({ amount: 2 });
  });
  it('an explicit mapping always wins, matched by exact text, then loosely', () => {
    const headers = ['Client', 'Paid on', 'Total', 'Customer ID'];
    expect(detectColumns(headers, { customer: 'Client', date: 'Paid on' })).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(detectColumns(headers, { date: 'paid_on' })).toMatchObject({ date: 1 });
  });
  describe('edge cases', () => {
    it('a missing required column is one clear line naming the columns found', () => {
      let error: unknown;
      try {
        detectColumns(['Client', 'Total']);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserInputError);
      const message = (error as Error).message;
      expect(message).toContain('date');
      expect(message).toContain('Client, Total');
      expect(message).not.toContain('\n');
    });
    it('an explicit mapping to a column that is not there', () => {
      expect(() => detectColumns(['a', 'b'], { amount: 'Sum' })).toThrow(/"Sum".*a, b/);
    });
    it('quantity and price stand in for the amount', () => {
      expect(detectColumns(['customer', 'date', 'qty', 'price'])).toEqual({ customer: 0, date: 1, quantity: 2, price: 3 });
      expect(() => detectColumns(['customer', 'date', 'qty'])).toThrow(UserInputError);
    });
    it('customers can be identified by e-mail alone', () => {
      expect(detectColumns(['Email', 'Date', 'Total'])).toEqual({ email: 0, date: 1, amount: 2 });
    });
    it('empty headers are skipped', () => {
      expect(detectColumns(['', 'customer', '', 'date', 'amount'])).toEqual({ customer: 1, date: 3, amount: 4 });
    });
  });
});

describe('normalizeHeader', () => {
  it('ignores case, spaces, underscores, dashes; ё = е', () => {
    expect(normalizeHeader(' Customer_ID ')).toBe('customerid');
    expect(normalizeHeader('E-mail')).toBe('email');
    expect(normalizeHeader('Кол-во')).toBe('колво');
    expect(normalizeHeader('Счёт')).toBe('счет');
  });
});
