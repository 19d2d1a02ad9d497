import { describe, expect, it } from 'vitest';
import { parseColumnMapping } from '../../../core/ledger/parse-column-mapping';
import { UserInputError } from '../../../core/errors';

describe('parseColumnMapping', () => {
  it('reads field=Header pairs', () => {
    expect(parseColumnMapping('customer=CustomerID,date=InvoiceDate,order=InvoiceNo,quantity=Quantity,price=UnitPrice')).toEqual({
      customer: 'CustomerID',
      date: 'InvoiceDate',
      order: 'InvoiceNo',
      quantity: 'Quantity',
      price: 'UnitPrice',
    });
    expect(parseColumnMapping(' customer = ID клиента , amount=Сумма, ')).toEqual({ customer: 'ID клиента', amount: 'Сумма' });
  });
  describe('edge cases', () => {
    it('empty text is an empty mapping', () => {
      expect(parseColumnMapping('')).toEqual({});
    });
    it('unknown fields, missing headers and repeats are user mistakes', () => {
      expect(() => parseColumnMapping('client=A')).toThrow(UserInputError);
      expect(() => parseColumnMapping('client=A')).toThrow(/customer, date, amount/);
      expect(() => parseColumnMapping('customer')).toThrow(UserInputError);
      expect(() => parseColumnMapping('customer=')).toThrow(UserInputError);
      expect(() => parseColumnMapping('customer=A,customer=B')).toThrow(UserInputError);
      expect(() => parseColumnMapping('__proto__=A')).toThrow(UserInputError);
    });
  });
});
