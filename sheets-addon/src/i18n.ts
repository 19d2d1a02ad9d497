/**
 * Every text the add-on shows (menu, tab names, headers, toasts, messages, sidebar labels), in Russian
 * first and English second, with plural forms from Intl.PluralRules.
 */

/** Interface language of the add-on. */
export type Lang = 'ru' | 'en';

const RU = {
  'menu.refresh': 'Обновить сейчас',
  'menu.settings': 'Настройки',
  'menu.dailyOn': 'Включить ежедневное обновление',
  'menu.dailyOff': 'Выключить ежедневное обновление',
  'menu.help': 'Справка',
  'menu.language': 'English menu',

  'tab.customers': 'RFM Клиенты',
  'tab.segments': 'RFM Сегменты',
  'tab.alerts': 'RFM Оповещения',
  'tab.kpi': 'RFM KPI',
  'tab.migration': 'RFM Миграция',
  'tab.quality': 'RFM Качество',
  'tab.thresholds': 'RFM Пороги',
  'tab.rules': 'RFM Правила',
  'tab.settings': 'RFM Настройки',

  'sidebar.title': 'RFM Pulse: настройки',
  'help.title': 'RFM Pulse: справка',
  'help.body':
    'RFM Pulse считает сегменты RFM по вкладке с транзакциями. «Обновить сейчас» пересчитывает и перезаписывает только вкладки RFM …; ваши вкладки не меняются. Вкладку «RFM Правила» можно править: следующее обновление прочитает её. Ошибки данных — во вкладке «RFM Качество».',

  'toast.title': 'RFM Pulse',
  'toast.reading': 'Читаю вкладку «{tab}»…',
  'toast.computing': 'Считаю RFM: {rows}…',
  'toast.writing': 'Записываю вкладки…',
  'toast.done': 'Готово за {seconds} с: {customers}, предупреждений: {warnings}.',
  'toast.busy': 'Обновление уже идёт в другом окне; попробуйте через минуту.',
  'toast.dailyOn': 'Ежедневное обновление включено (около {hour}:00, {tz}).',
  'toast.dailyAlreadyOn': 'Ежедневное обновление уже включено.',
  'toast.dailyOff': 'Ежедневное обновление выключено.',
  'toast.dailyAlreadyOff': 'Ежедневное обновление не было включено.',

  'error.noTransactionsTab': 'Нет вкладки «{tab}» с транзакциями: выберите её в «Настройках».',
  'error.noTab': 'Нет вкладки «{tab}»: выберите другую в «Настройках».',
  'error.emptyTab': 'Вкладка «{tab}» пуста: нужна строка заголовков и строки транзакций.',
  'error.notConfigured': 'Сначала откройте «Настройки» и выберите вкладку с транзакциями.',
  'error.settings': 'Настройки не прошли проверку: {message}',
  'error.failed': 'Обновление не удалось: {message}',

  'quality.runLog': 'Обновлено {when} ({tz}): {rows}, {duration} с, предупреждений: {warnings}',
  'quality.versions': 'Версия настроек {config} · версия данных {ledger} · данные на {asOf}',
  'error.settingsTab': 'Ошибка на вкладке «{tab}»: {message}',
  'quality.runLogFailed': 'Ошибка обновления {when} ({tz}): {message}',
  'quality.reconciliation': 'Сверка',
  'quality.totals': 'Итоги строк',
  'quality.rejected': 'Отклонённые строки',
  'quality.warnings': 'Предупреждения',
  'quality.rulesProblem': 'Вкладка правил содержит ошибку; использованы последние верные правила',
  'quality.noProblems': 'Проблем нет',
  'col.row': 'Строка',
  'col.column': 'Столбец',
  'col.value': 'Значение',
  'col.reason': 'Причина',
  'col.item': 'Показатель',
  'col.count': 'Значение',
  'col.source': 'Источник',
  'col.message': 'Сообщение',
  'quality.totalRows': 'Строк всего',
  'quality.usedRows': 'Использовано',
  'quality.rejectedRows': 'Отклонено',
  'quality.excludedRows': 'Исключено (не оплачено)',
  'quality.customers': 'Клиентов',
  'quality.orders': 'Заказов',
  'quality.inputTotal': 'Сумма во входных данных',
  'quality.ledgerNet': 'Чистая выручка в реестре',
  'quality.difference': 'Расхождение',

  'rules.name': 'Сегмент',
  'rules.rFrom': 'R от',
  'rules.rTo': 'R до',
  'rules.fFrom': 'F от',
  'rules.fTo': 'F до',
  'rules.mFrom': 'M от',
  'rules.mTo': 'M до',
  'rules.nameRu': 'Название (рус.)',
  'rules.nameEn': 'Название (англ.)',
  'rules.badNumber': 'нужно целое число от 1 до {scale}',
  'rules.empty': 'в таблице правил нет ни одного правила',

} as const;

export type TextKey = keyof typeof RU;

const EN: Record<TextKey, string> = {
  'menu.refresh': 'Refresh now',
  'menu.settings': 'Settings',
  'menu.dailyOn': 'Turn daily refresh on',
  'menu.dailyOff': 'Turn daily refresh off',
  'menu.help': 'Help',
  'menu.language': 'Меню по-русски',

  'tab.customers': 'RFM Customers',
  'tab.segments': 'RFM Segments',
  'tab.alerts': 'RFM Alerts',
  'tab.kpi': 'RFM KPI',
  'tab.migration': 'RFM Migration',
  'tab.quality': 'RFM Quality',
  'tab.thresholds': 'RFM Thresholds',
  'tab.rules': 'RFM Rules',
  'tab.settings': 'RFM Settings',

  'sidebar.title': 'RFM Pulse: settings',
  'help.title': 'RFM Pulse: help',
  'help.body':
    'RFM Pulse computes RFM segments from your transactions tab. "Refresh now" recomputes and rewrites only the RFM … tabs; your own tabs are never changed. You may edit the "RFM Rules" tab: the next refresh reads it back. Data problems are listed in the "RFM Quality" tab.',

  'toast.title': 'RFM Pulse',
  'toast.reading': 'Reading the "{tab}" tab…',
  'toast.computing': 'Computing RFM: {rows}…',
  'toast.writing': 'Writing the tabs…',
  'toast.done': 'Done in {seconds} s: {customers}, warnings: {warnings}.',
  'toast.busy': 'A refresh is already running in another window; try again in a minute.',
  'toast.dailyOn': 'Daily refresh is on (around {hour}:00, {tz}).',
  'toast.dailyAlreadyOn': 'Daily refresh was already on.',
  'toast.dailyOff': 'Daily refresh is off.',
  'toast.dailyAlreadyOff': 'Daily refresh was not on.',

  'error.noTransactionsTab': 'There is no "{tab}" transactions tab: choose it in Settings.',
  'error.noTab': 'There is no "{tab}" tab: choose another one in Settings.',
  'error.emptyTab': 'The "{tab}" tab is empty: it needs a header row and transaction rows.',
  'error.notConfigured': 'Open Settings first and choose the transactions tab.',
  'error.settings': 'The settings are not valid: {message}',
  'error.failed': 'The refresh failed: {message}',

  'quality.runLog': 'Refreshed {when} ({tz}): {rows}, {duration} s, warnings: {warnings}',
  'quality.versions': 'Settings version {config} · data version {ledger} · data as of {asOf}',
  'error.settingsTab': 'Problem in the "{tab}" tab: {message}',
  'quality.runLogFailed': 'Refresh failed {when} ({tz}): {message}',
  'quality.reconciliation': 'Reconciliation',
  'quality.totals': 'Row totals',
  'quality.rejected': 'Rejected rows',
  'quality.warnings': 'Warnings',
  'quality.rulesProblem': 'The rules tab has a mistake; the last good rules were used',
  'quality.noProblems': 'No problems',
  'col.row': 'Row',
  'col.column': 'Column',
  'col.value': 'Value',
  'col.reason': 'Reason',
  'col.item': 'Item',
  'col.count': 'Value',
  'col.source': 'Source',
  'col.message': 'Message',
  'quality.totalRows': 'Rows in total',
  'quality.usedRows': 'Used',
  'quality.rejectedRows': 'Rejected',
  'quality.excludedRows': 'Excluded (unpaid)',
  'quality.customers': 'Customers',
  'quality.orders': 'Orders',
  'quality.inputTotal': 'Input total',
  'quality.ledgerNet': 'Ledger net revenue',
  'quality.difference': 'Difference',

  'rules.name': 'Segment',
  'rules.rFrom': 'R from',
  'rules.rTo': 'R to',
  'rules.fFrom': 'F from',
  'rules.fTo': 'F to',
  'rules.mFrom': 'M from',
  'rules.mTo': 'M to',
  'rules.nameRu': 'Name (Russian)',
  'rules.nameEn': 'Name (English)',
  'rules.badNumber': 'needs a whole number from 1 to {scale}',
  'rules.empty': 'the rule table has no rules',

};

const TEXTS: Record<Lang, Record<TextKey, string>> = { ru: RU, en: EN };

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `vars`.
 * @example t('en', 'toast.reading', { tab: 'Sales' }) // → 'Reading the "Sales" tab…'
 */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  const template = TEXTS[lang][key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Plural forms per language, by Intl.PluralRules category. */
const NOUNS = {
  row: { ru: { one: 'строка', few: 'строки', many: 'строк', other: 'строки' }, en: { one: 'row', other: 'rows' } },
  customer: {
    ru: { one: 'клиент', few: 'клиента', many: 'клиентов', other: 'клиента' },
    en: { one: 'customer', other: 'customers' },
  },
  day: { ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' }, en: { one: 'day', other: 'days' } },
  warning: {
    ru: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' },
    en: { one: 'warning', other: 'warnings' },
  },
} as const;

/** A noun with plural forms. */
export type Noun = keyof typeof NOUNS;

/**
 * `n` and the noun in the right plural form, with the number formatted for the language.
 * @example plural('ru', 21, 'row') // → '21 строка'
 * @example plural('ru', 3, 'customer') // → '3 клиента'
 * @example plural('ru', 11, 'day') // → '11 дней'
 * @example plural('en', 1, 'row') // → '1 row'
 */
export function plural(lang: Lang, n: number, noun: Noun): string {
  const category = new Intl.PluralRules(lang).select(n);
  const forms = NOUNS[noun][lang] as Record<string, string>;
  const word = forms[category] ?? forms.other;
  return `${formatInteger(lang, n)} ${word}`;
}

/**
 * An integer with the language's digit grouping (a space in Russian, a comma in English).
 * @example formatInteger('en', 200000) // → '200,000'
 */
export function formatInteger(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 0 }).format(n);
}

/**
 * The add-on language for a locale such as `ru_RU`, `ru`, `en_US`: Russian for Russian-speaking locales
 * (ru, be, kk, uz, ky, tg), English otherwise.
 * @example langFromLocale('ru_RU') // → 'ru'
 * @example langFromLocale('de_DE') // → 'en'
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const base = String(locale ?? '').toLowerCase().split(/[_-]/)[0];
  return ['ru', 'be', 'kk', 'uz', 'ky', 'tg'].includes(base) ? 'ru' : 'en';
}

/** Picks the Russian or English half of a core bilingual text. */
export function pick(lang: Lang, text: { ru: string; en: string }): string {
  return text[lang];
}

/**
 * The Russian or English of a label pair written where it is used (column headers of the output tabs).
 * @example bi('en', 'Клиент', 'Customer') // → 'Customer'
 */
export function bi(lang: Lang, ru: string, en: string): string {
  return lang === 'ru' ? ru : en;
}

/** Labels of the settings sidebar (sent to the page by `rfmSidebarState`). */
export const SIDEBAR_LABELS: Record<Lang, Record<string, string>> = {
  ru: {
    title: 'Настройки RFM Pulse',
    tabs: 'Данные',
    transactionsTab: 'Вкладка с транзакциями',
    leadsTab: 'Вкладка с лидами (необязательно)',
    targetsTab: 'Вкладка с планами KPI (необязательно)',
    none: '— нет —',
    columns: 'Столбцы',
    columnsHint: 'Найдены автоматически; можно выбрать вручную.',
    auto: '— автоматически —',
    autoShort: 'авто',
    'field.customer': 'Клиент',
    'field.date': 'Дата',
    'field.amount': 'Сумма',
    'field.order': 'Номер заказа',
    'field.quantity': 'Количество',
    'field.price': 'Цена',
    'field.status': 'Статус оплаты',
    'field.email': 'E-mail',
    'field.phone': 'Телефон',
    'field.name': 'Имя клиента',
    'field.manager': 'Менеджер',
    'field.channel': 'Канал',
    'field.category': 'Категория',
    'field.promo': 'Промо',
    'field.currency': 'Валюта',
    dateOrder: 'Порядок в датах вида 03/04/2025',
    dmy: 'день/месяц/год',
    mdy: 'месяц/день/год',
    scoring: 'Баллы',
    scale: 'Шкала (баллов на ось)',
    'axis.recency': 'R — давность',
    'axis.frequency': 'F — частота',
    'axis.monetary': 'M — деньги',
    'method.quantile': 'квантили',
    'method.thresholds': 'пороги',
    cuts: 'Пороги (по возрастанию, через ; или пробел)',
    window: 'Окно, дней (пусто — вся история)',
    asOf: 'Дата расчёта (пусто — сегодня; latest — день после последней покупки)',
    sleep: 'Граница засыпания',
    boundaryAuto: 'по данным',
    boundaryManual: 'вручную',
    boundaryDays: 'Граница, дней',
    leadDays: 'Напоминать за, дней',
    segmentsSection: 'Сегменты и KPI',
    preset: 'Набор сегментов',
    'preset.classic': 'классический (шкала 5)',
    'preset.billz': 'BILLZ: четыре трека',
    kpiPeriod: 'Период KPI',
    month: 'прошлый месяц',
    quarter: 'прошлый квартал',
    general: 'Общее',
    timeZone: 'Часовой пояс',
    language: 'Язык',
    save: 'Сохранить',
    saving: 'Сохраняю…',
    saved: 'Сохранено. Обновите данные через меню.',
    invalid: 'Исправьте поля, отмеченные красным.',
    loading: 'Загрузка…',
  },
  en: {
    title: 'RFM Pulse settings',
    tabs: 'Data',
    transactionsTab: 'Transactions tab',
    leadsTab: 'Leads tab (optional)',
    targetsTab: 'KPI targets tab (optional)',
    none: '— none —',
    columns: 'Columns',
    columnsHint: 'Detected automatically; you may choose them yourself.',
    auto: '— automatic —',
    autoShort: 'auto',
    'field.customer': 'Customer',
    'field.date': 'Date',
    'field.amount': 'Amount',
    'field.order': 'Order id',
    'field.quantity': 'Quantity',
    'field.price': 'Unit price',
    'field.status': 'Payment status',
    'field.email': 'E-mail',
    'field.phone': 'Phone',
    'field.name': 'Customer name',
    'field.manager': 'Manager',
    'field.channel': 'Channel',
    'field.category': 'Category',
    'field.promo': 'Promo',
    'field.currency': 'Currency',
    dateOrder: 'Order in dates like 03/04/2025',
    dmy: 'day/month/year',
    mdy: 'month/day/year',
    scoring: 'Scores',
    scale: 'Scale (scores per axis)',
    'axis.recency': 'R — recency',
    'axis.frequency': 'F — frequency',
    'axis.monetary': 'M — monetary',
    'method.quantile': 'quantile',
    'method.thresholds': 'thresholds',
    cuts: 'Cut points (ascending, separated by ; or spaces)',
    window: 'Window, days (empty = all history)',
    asOf: 'As-of date (empty = today; latest = the day after the last purchase)',
    sleep: 'Sleep boundary',
    boundaryAuto: 'from the data',
    boundaryManual: 'manual',
    boundaryDays: 'Boundary, days',
    leadDays: 'Remind this many days before',
    segmentsSection: 'Segments and KPIs',
    preset: 'Segment preset',
    'preset.classic': 'classic (scale 5)',
    'preset.billz': 'BILLZ: four tracks',
    kpiPeriod: 'KPI period',
    month: 'last month',
    quarter: 'last quarter',
    general: 'General',
    timeZone: 'Time zone',
    language: 'Language',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved. Refresh from the menu.',
    invalid: 'Fix the fields marked in red.',
    loading: 'Loading…',
  },
};
