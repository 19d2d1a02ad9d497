import type { FieldName } from './types';

/**
 * Header names recognised for each field, in Russian and English, already reduced by
 * `normalizeHeader` (lower-case, letters and digits only). Earlier aliases win when several
 * columns match one field ("ID клиента" beats "Клиент").
 */
export const HEADER_ALIASES: Record<FieldName, readonly string[]> = {
  customer: [
    'customer', 'customerid', 'customerno', 'customernumber', 'customercode', 'custid', 'clientid', 'clientcode',
    'buyerid', 'userid', 'accountid', 'contactid', 'memberid', 'idклиента', 'кодклиента', 'номерклиента',
    'клиентid', 'idпокупателя', 'кодпокупателя', 'idпользователя', 'idконтакта', 'клиент', 'покупатель',
    'client', 'buyer', 'user', 'account', 'контрагент', 'заказчик', 'ученик', 'студент', 'member',
  ],
  date: [
    'date', 'paymentdate', 'paiddate', 'paidat', 'paidon', 'invoicedate', 'orderdate', 'transactiondate',
    'purchasedate', 'saledate', 'datetime', 'timestamp', 'createdat', 'created', 'датаоплаты', 'датаплатежа',
    'датазаказа', 'датапокупки', 'датапродажи', 'датасделки', 'датаивремя', 'датачека', 'датазакрытия', 'closedate',
    'closedat', 'processedat', 'дата', 'day', 'день', 'датасоздания',
  ],
  amount: [
    'amount', 'paymentamount', 'paidamount', 'amountpaid', 'total', 'totalamount', 'ordertotal', 'grandtotal',
    'sum', 'revenue', 'sales', 'value', 'dollarvalue', 'netamount', 'payment', 'сумма', 'суммаоплаты',
    'суммаплатежа', 'суммазаказа', 'суммапокупки', 'суммачека', 'суммапродажи', 'итого', 'выручка', 'оплачено',
    'доход', 'платеж', 'суммасделки', 'бюджет', 'стоимость',
  ],
  order: [
    'order', 'orderid', 'orderno', 'ordernumber', 'invoice', 'invoiceno', 'invoiceid', 'invoicenumber',
    'transactionid', 'transaction', 'receipt', 'receiptno', 'checkid', 'dealid', 'заказ', 'номерзаказа',
    'idзаказа', 'кодзаказа', 'чек', 'номерчека', 'сделка', 'idсделки', 'счет', 'номерсчета', 'транзакция',
    'idтранзакции', 'платежid', 'idплатежа', 'номерплатежа',
  ],
  quantity: ['quantity', 'qty', 'numberofcds', 'units', 'count', 'pcs', 'количество', 'колво', 'кол', 'шт', 'штук'],
  price: ['unitprice', 'price', 'priceperunit', 'itemprice', 'цена', 'ценазаединицу', 'ценазашт', 'стоимостьединицы'],
  status: [
    'status', 'paymentstatus', 'orderstatus', 'state', 'paid', 'ispaid', 'статус', 'статусоплаты',
    'статусплатежа', 'статусзаказа', 'оплачен', 'состояние', 'financialstatus', 'статуссделки', 'этап',
    'этапсделки', 'стадия', 'стадиясделки', 'stage', 'dealstage',
  ],
  email: [
    'email', 'emailaddress', 'mail', 'customeremail', 'clientemail', 'почта', 'электроннаяпочта', 'емейл', 'емэйл', 'имейл',
    'emailклиента', 'почтаклиента', 'emailпокупателя', 'billingemail', 'contactemail',
  ],
  phone: [
    'phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilephone', 'cellphone', 'телефон', 'тел',
    'номертелефона', 'мобильный', 'мобильныйтелефон', 'моб', 'телефонклиента', 'телефонпокупателя', 'billingphone',
    'shippingphone', 'contactphone', 'рабочийтелефон',
  ],
  name: [
    'name', 'customername', 'clientname', 'fullname', 'buyername', 'фио', 'имя', 'имяклиента', 'фиоклиента',
    'названиеклиента', 'наименованиеклиента', 'клиентфио', 'имяпокупателя', 'фиопокупателя', 'billingname',
    'shippingname', 'contactname', 'контакт', 'основнойконтакт',
  ],
  manager: [
    'manager', 'salesmanager', 'accountmanager', 'salesrep', 'rep', 'owner', 'responsible', 'seller',
    'salesperson', 'менеджер', 'ответственный', 'продавец', 'куратор', 'сотрудник',
  ],
  channel: ['channel', 'saleschannel', 'source', 'utmsource', 'medium', 'канал', 'каналпродаж', 'источник', 'каналпривлечения'],
  category: [
    'category', 'productcategory', 'itemcategory', 'productgroup', 'категория', 'категориятовара',
    'группатоваров', 'группа', 'товарнаягруппа', 'направление', 'продукт', 'product',
  ],
  promo: ['promo', 'ispromo', 'promocode', 'promotion', 'coupon', 'couponcode', 'discountcode', 'промо', 'промокод', 'акция', 'купон'],
  currency: ['currency', 'currencycode', 'валюта', 'кодвалюты', 'валютаплатежа', 'валютазаказа', 'валютаоплаты'],
};
