/**
 * Why a row is rejected, in Russian and English. Each text says how to fix the input.
 * The code is stable (for grouping, tests and translations); the text may improve.
 */
export const REJECTION_REASONS = {
  'status-unknown': {
    ru: 'статус не распознан: напишите «оплачен», «не оплачен» или «возврат»',
    en: 'status not recognised: write paid, unpaid or refund',
  },
  'amount-missing': {
    ru: 'сумма пуста: заполните сумму (или количество и цену)',
    en: 'amount is empty: fill in the amount (or quantity and unit price)',
  },
  'amount-invalid': {
    ru: 'сумма не распознана: пишите число, например 1234.56 или 1 234,56',
    en: 'amount not recognised: write a number such as 1234.56 or 1 234,56',
  },
  'quantity-missing': {
    ru: 'количество пусто, а столбца суммы нет: заполните количество',
    en: 'quantity is empty and there is no amount column: fill in the quantity',
  },
  'quantity-invalid': {
    ru: 'количество не распознано: пишите число, например 2 или 1,5',
    en: 'quantity not recognised: write a number such as 2 or 1.5',
  },
  'price-missing': {
    ru: 'цена пуста, а столбца суммы нет: заполните цену за единицу',
    en: 'unit price is empty and there is no amount column: fill in the unit price',
  },
  'price-invalid': {
    ru: 'цена не распознана: пишите число, например 199.90 или 199,90',
    en: 'unit price not recognised: write a number such as 199.90 or 199,90',
  },
  'date-missing': {
    ru: 'дата пуста: заполните дату оплаты (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)',
    en: 'date is empty: fill in the payment date (YYYY-MM-DD or DD.MM.YYYY)',
  },
  'date-invalid': {
    ru: 'дата не распознана: пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ',
    en: 'date not recognised: use YYYY-MM-DD or DD.MM.YYYY',
  },
  'date-order-dmy': {
    ru: 'дата не подходит к порядку «день/месяц»: если в файле сначала месяц (03/12/2025), выберите порядок дат mdy',
    en: 'date does not fit the day/month order: if the file writes the month first (03/12/2025), set the date order to mdy',
  },
  'date-order-mdy': {
    ru: 'дата не подходит к порядку «месяц/день»: если в файле сначала день (12/03/2025), выберите порядок дат dmy',
    en: 'date does not fit the month/day order: if the file writes the day first (12/03/2025), set the date order to dmy',
  },
  'total-row': {
    ru: 'строка итогов («Итого»), а не продажа: её сумма не учтена',
    en: 'a totals row ("Total"), not a sale: its amount is left out',
  },
  'customer-id-rounded': {
    ru: 'ID клиента округлён Excel (вида 1,23457E+11), последние цифры потеряны: сделайте столбец текстовым и выгрузите заново',
    en: 'customer id rounded by Excel (like 1.23457E+11), its last digits are lost: format the column as text and export again',
  },
  'customer-missing': {
    ru: 'нет клиента: заполните ID клиента, e-mail или телефон',
    en: 'customer id is empty and there is no e-mail or phone: fill in the customer id',
  },
} as const;

/** One of the keys of {@link REJECTION_REASONS}. */
export type RejectionCode = keyof typeof REJECTION_REASONS;
