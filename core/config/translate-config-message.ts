/**
 * Russian for the configuration's validation messages: they come in English from core's RunConfigSchema and
 * from zod, and users read Russian first, so each known message (fixed or with numbers in it) has a Russian
 * form here. The add-on shows them next to settings fields and in its Quality tab; `parseRunConfig` puts
 * both languages in its error, which the CLI prints in the user's. Unknown messages pass unchanged.
 */
type Lang = 'ru' | 'en';

const FIXED: Record<string, string> = {
  'must be a whole number': 'нужно целое число',
  'must be whole numbers': 'нужны целые числа',
  'must be above 0': 'должно быть больше 0',
  'must be 0 or more': 'должно быть 0 или больше',
  'must be at least 2': 'должно быть не меньше 2',
  'must be at most 100': 'должно быть не больше 100',
  'must be 2..10': 'от 2 до 10',
  'must not be empty': 'не может быть пустым',
  'must be a finite number': 'нужно число',
  'needs at least one cut point': 'нужен хотя бы один порог',
  'needs at least one rule': 'нужно хотя бы одно правило',
  'must name a column': 'укажите столбец',
  'method must be "quantile" or "thresholds"': 'метод: квантили (quantile) или пороги (thresholds)',
  'must be [lowest, highest] score, e.g. [4, 5]': 'нужны [нижний, верхний] баллы, например [4, 5]',
  'lowest score must not exceed highest': 'нижний балл не может быть больше верхнего',
  'must be "latest" or a real date YYYY-MM-DD': 'нужна дата ГГГГ-ММ-ДД или latest',
  'must be an IANA time zone such as "Europe/Moscow" or "UTC"': 'нужен часовой пояс IANA, например «Europe/Moscow» или «UTC»',
  'must be "classic" or "billz"': 'нужно «classic» или «billz»',
  'must be "dmy" or "mdy"': 'нужно «dmy» (день/месяц) или «mdy» (месяц/день)',
  'must be "ru" or "en"': 'нужно «ru» или «en»',
  'must be "month" or "quarter"': 'нужно «month» (месяц) или «quarter» (квартал)',
  'choose the tab with the transactions': 'выберите вкладку с транзакциями',
  'not a known setting': 'неизвестная настройка',
  'not a known setting (check the spelling)': 'неизвестная настройка (проверьте написание)',
};

const PATTERNS: Array<[RegExp, string]> = [
  [/^needs exactly (\d+) cut points for scale (\d+) \(got (\d+)\)$/, 'для шкалы $2 нужно порогов: $1 (задано: $3)'],
  [/^must be ascending \(each cut point above the one before\): (.+) follows (.+)$/, 'пороги должны возрастать: $1 стоит после $2'],
  [/^must be finite numbers: (.+) is not$/, 'нужны числа: $1 — не число'],
  [/^scores run from 1 to (\d+); \[(.+)\] is outside$/, 'баллы идут от 1 до $1; [$2] вне шкалы'],
  [/^classic is a 5-point table but scale is (\d+).*$/, 'классический набор рассчитан на шкалу 5, а шкала $1: поставьте 5, выберите BILLZ или свои правила'],
  [/^there is no tab "(.+)"$/, 'нет вкладки «$1»'],
  [/^not a known field; fields are: (.+)$/, 'неизвестное поле; поля: $1'],
  [/^Invalid input: expected number.*$/, 'нужно число'],
  [/^Invalid input: expected string.*$/, 'нужен текст'],
  [/^Invalid input: expected boolean.*$/, 'нужно да или нет'],
  [/^Invalid input: expected (array|tuple).*$/, 'нужен список'],
  [/^Invalid input: expected object.*$/, 'нужен объект настроек'],
];

/**
 * The message in `lang`: unchanged for English, translated for Russian when known.
 * @example translateMessage('ru', 'must be 2..10') // → 'от 2 до 10'
 * @example translateMessage('ru', 'scores run from 1 to 5; [1, 9] is outside') // → 'баллы идут от 1 до 5; [1, 9] вне шкалы'
 */
export function translateMessage(lang: Lang, message: string): string {
  if (lang === 'en') return message;
  const fixed = FIXED[message];
  if (fixed) return fixed;
  for (const [re, ru] of PATTERNS) if (re.test(message)) return message.replace(re, ru);
  return message;
}
