import { describe, expect, it } from 'vitest';
import { mailboxKey } from '../../../core/ledger/mailbox-key';
import { ingestTable } from '../../../core/ledger/ingest-table';

describe('mailboxKey', () => {
  it.each([
    ['ivan.petrov@gmail.com', 'ivanpetrov@gmail.com'],
    ['ivanpetrov+shop@gmail.com', 'ivanpetrov@gmail.com'],
    ['i.van.petrov@googlemail.com', 'ivanpetrov@gmail.com'],
    ['ivan.petrov@ya.ru', 'ivan-petrov@yandex.ru'],
    ['ivan-petrov+promo@yandex.com', 'ivan-petrov@yandex.ru'],
    ['ivan.petrov@yandex.kz', 'ivan-petrov@yandex.ru'],
    ['ivan.petrov+x@mail.ru', 'ivan.petrov+x@mail.ru'],
    ['ivan.petrov@notgmail.com', 'ivan.petrov@notgmail.com'],
    ['+tag@gmail.com', '+tag@gmail.com'],
  ])('%j reaches %j', (email, key) => expect(mailboxKey(email)).toBe(key));

  it('two spellings of one Gmail inbox are one customer, shown as first written, and the join is listed', () => {
    const { ledger } = ingestTable([
      ['customer', 'date', 'amount', 'email'],
      ['A', '2025-03-12', '10', 'Ivan.Petrov@gmail.com'],
      ['B', '2025-03-13', '20', 'ivanpetrov+shop@googlemail.com'],
      ['C', '2025-03-14', '30', 'ivan.petrov@mail.ru'],
    ]);
    expect(ledger.customers.map((c) => [c.id, c.ids, c.email])).toEqual([
      ['A', ['A', 'B'], 'ivan.petrov@gmail.com'],
      ['C', ['C'], 'ivan.petrov@mail.ru'],
    ]);
    expect(ledger.merges).toEqual([{ into: 'A', from: 'B', via: 'email', value: 'ivan.petrov@gmail.com' }]);
  });
});
