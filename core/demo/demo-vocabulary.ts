/**
 * Words and lists the demo generator draws from: Russian names with a Latin spelling for e-mails,
 * managers, channels, categories with catalogue prices (in cents), and the demo file's header.
 */

/** The demo CSV header, in Russian as a typical CRM export writes it. */
export const DEMO_HEADER: readonly string[] = [
  'Номер заказа',
  'Дата оплаты',
  'ID клиента',
  'ФИО клиента',
  'E-mail',
  'Телефон',
  'Менеджер',
  'Канал',
  'Категория',
  'Количество',
  'Цена',
  'Сумма',
  'Статус',
  'Промо',
];

/**
 * The explicit column mapping for the demo header (field=header), usable with `--columns`
 * when header auto-detection should not be relied on.
 * @example DEMO_COLUMNS.startsWith('order=Номер заказа') // → true
 */
export const DEMO_COLUMNS =
  'order=Номер заказа,date=Дата оплаты,customer=ID клиента,name=ФИО клиента,email=E-mail,phone=Телефон,' +
  'manager=Менеджер,channel=Канал,category=Категория,quantity=Количество,price=Цена,amount=Сумма,' +
  'status=Статус,promo=Промо';

/** Payment status words written in the demo's status column. */
export const DEMO_STATUS = { paid: 'оплачен', unpaid: 'не оплачен', refund: 'возврат' } as const;

/** Promo flag words written in the demo's promo column. */
export const DEMO_PROMO = { yes: 'да', no: '' } as const;

/** Six account managers. */
export const DEMO_MANAGERS: readonly string[] = [
  'Анна Смирнова',
  'Дмитрий Козлов',
  'Елена Васильева',
  'Игорь Петров',
  'Мария Новикова',
  'Сергей Морозов',
];

/** Channels for customers with a manager (offline / phone) and without one (online). */
export const DEMO_CHANNELS = { managed: ['магазин', 'телефон'], online: ['сайт', 'приложение', 'Telegram'] } as const;

/** Product categories with catalogue prices in cents. */
export const DEMO_CATEGORIES: readonly { name: string; prices: readonly number[] }[] = [
  { name: 'Одежда', prices: [149000, 199000, 249000, 349000, 499000, 699000] },
  { name: 'Обувь', prices: [399000, 549000, 699000, 899000, 1299000] },
  { name: 'Аксессуары', prices: [49000, 79000, 119000, 159000, 199000] },
  { name: 'Косметика', prices: [39000, 69000, 99000, 149000, 249000] },
  { name: 'Подарочные сертификаты', prices: [100000, 300000, 500000] },
];

/** First names: [Russian, Latin, female?]. */
export const DEMO_FIRST_NAMES: readonly (readonly [string, string, boolean])[] = [
  ['Александр', 'aleksandr', false],
  ['Дмитрий', 'dmitry', false],
  ['Максим', 'maksim', false],
  ['Сергей', 'sergey', false],
  ['Андрей', 'andrey', false],
  ['Алексей', 'aleksey', false],
  ['Иван', 'ivan', false],
  ['Михаил', 'mikhail', false],
  ['Никита', 'nikita', false],
  ['Егор', 'egor', false],
  ['Анна', 'anna', true],
  ['Мария', 'maria', true],
  ['Елена', 'elena', true],
  ['Ольга', 'olga', true],
  ['Наталья', 'natalya', true],
  ['Екатерина', 'ekaterina', true],
  ['Татьяна', 'tatyana', true],
  ['Ирина', 'irina', true],
  ['Юлия', 'yulia', true],
  ['Дарья', 'darya', true],
];

/** Surnames: [male form, female form, Latin]. */
export const DEMO_SURNAMES: readonly (readonly [string, string, string])[] = [
  ['Иванов', 'Иванова', 'ivanov'],
  ['Смирнов', 'Смирнова', 'smirnov'],
  ['Кузнецов', 'Кузнецова', 'kuznetsov'],
  ['Попов', 'Попова', 'popov'],
  ['Васильев', 'Васильева', 'vasilev'],
  ['Петров', 'Петрова', 'petrov'],
  ['Соколов', 'Соколова', 'sokolov'],
  ['Михайлов', 'Михайлова', 'mikhaylov'],
  ['Новиков', 'Новикова', 'novikov'],
  ['Фёдоров', 'Фёдорова', 'fedorov'],
  ['Морозов', 'Морозова', 'morozov'],
  ['Волков', 'Волкова', 'volkov'],
  ['Алексеев', 'Алексеева', 'alekseev'],
  ['Лебедев', 'Лебедева', 'lebedev'],
  ['Семёнов', 'Семёнова', 'semenov'],
  ['Егоров', 'Егорова', 'egorov'],
  ['Павлов', 'Павлова', 'pavlov'],
  ['Козлов', 'Козлова', 'kozlov'],
  ['Степанов', 'Степанова', 'stepanov'],
  ['Николаев', 'Николаева', 'nikolaev'],
];

/** E-mail domains. */
export const DEMO_EMAIL_DOMAINS: readonly string[] = ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru'];
