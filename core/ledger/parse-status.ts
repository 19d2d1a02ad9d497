import type { Cell } from './types';

/** What a status cell says about a row's payment. */
export type PaymentStatus = 'paid' | 'unpaid' | 'refund';

const STATUS_WORDS = new Map<string, PaymentStatus>();
function words(status: PaymentStatus, list: string): void {
  for (const w of list.split('|')) STATUS_WORDS.set(w, status);
}
words(
  'paid',
  'paid|payed|success|successful|succeeded|completed|complete|done|ok|confirmed|captured|settled|closed|won|' +
    'delivered|shipped|fulfilled|true|yes|y|1|+|оплачен|оплачено|оплачена|оплачены|оплата|оплачен полностью|успешно|' +
    'успех|выполнен|выполнено|выполнена|завершен|завершено|завершена|закрыт|закрыто|доставлен|доставлено|' +
    'проведен|проведено|подтвержден|подтверждено|да|д|продажа|sale|sold|' +
    // CRM won-deal statuses (amoCRM "Успешно реализовано", Bitrix24 "Сделка успешна", Salesforce "Closed Won")
    'успешно реализовано|реализовано|реализован|реализована|сделка успешна|closed won|paid in full|fully paid|' +
    'полностью оплачен|оплачено полностью',
);
words(
  'unpaid',
  'unpaid|not paid|notpaid|pending|awaiting payment|new|open|draft|failed|declined|rejected|cancelled|canceled|' +
    'void|expired|false|no|n|0|не оплачен|не оплачено|не оплачена|неоплачен|неоплачено|ожидает|ожидает оплаты|' +
    'в ожидании|новый|новая|черновик|ошибка|отклонен|отклонено|отменен|отменено|отменена|аннулирован|нет|н|' +
    // CRM lost-deal and payment-provider statuses (amoCRM, Bitrix24, GetCourse, Salesforce, WooCommerce, YooKassa)
    'закрыто и не реализовано|не реализовано|сделка провалена|отказ|отказано|ложный|ожидаем оплаты|ожидание оплаты|' +
    'closed lost|lost|on hold|waiting for capture|authorized|voided',
);
words(
  'refund',
  'refund|refunded|return|returned|chargeback|reversal|credit note|возврат|возвращен|возвращено|возврат средств|' +
    'возврат товара|сторно',
);

/**
 * Payment status of a status cell: 'paid', 'unpaid' or 'refund'; an empty cell is 'paid' (the row is a
 * sale); null when the text is not recognised. Never throws. Case, `ё`, spaces and `_`/`-` between words do
 * not matter; booleans (a Sheets checkbox "Оплачено") read as paid / unpaid. Cancelled orders are 'unpaid'.
 * @example parseStatus('Оплачен') // → "paid"
 * @example parseStatus('REFUNDED') // → "refund"
 * @example parseStatus(false) // → "unpaid"
 * @example parseStatus('maybe') // → null
 */
export function parseStatus(value: Cell): PaymentStatus | null {
  if (value === null || value === undefined || value === '') return 'paid';
  if (typeof value === 'boolean') return value ? 'paid' : 'unpaid';
  if (typeof value === 'number') return value === 1 ? 'paid' : value === 0 ? 'unpaid' : null;
  if (typeof value !== 'string') return null;
  const direct = STATUS_WORDS.get(value);
  if (direct !== undefined) return direct;
  const key = value.trim().toLowerCase().replace(/ё/g, 'е').replace(/[\s_\-]+/g, ' ').replace(/[.!]+$/, '');
  if (key === '') return 'paid';
  return STATUS_WORDS.get(key) ?? null;
}
