import type { RfmRun } from '../../core';
import type { Lang } from '../context';
import { countOf } from '../i18n';
import { runWarningLines } from './render-run-warnings';

const SOURCE = {
  date: { ru: 'задана', en: 'given' },
  latest: { ru: 'день после последней покупки', en: 'the day after the last purchase' },
  today: { ru: 'сегодня', en: 'today' },
} as const;

const CUSTOMER_RU = { one: 'клиент', few: 'клиента', many: 'клиентов' };
const CUSTOMER_EN = { one: 'customer', other: 'customers' };

/**
 * The lines every RFM report starts with: the as-of date and how it was chosen, the window, the scale
 * and how many customers were scored — the choices a user must see to trust the numbers — then one "⚠" line
 * per run warning ({@link runWarningLines}).
 */
export function renderRunHeader(run: RfmRun, lang: Lang): string {
  const tz = run.config.timeZone;
  const scored = countOf(lang, run.customers.length, CUSTOMER_RU, CUSTOMER_EN);
  const unscored = run.unscored.length;
  const warnings = runWarningLines(run, lang).map((line) => `⚠ ${line}`);
  if (lang === 'ru') {
    const window = run.window.days === null ? 'окно: вся история' : `окно: ${run.window.days} дн. [${run.window.startIso}, ${run.asOfIso})`;
    return [
      `Дата расчёта: ${run.asOfIso} (${SOURCE[run.asOfSource].ru}; часовой пояс ${tz}; покупки с этой даты не учтены) · ${window} · шкала 1–${run.scale}`,
      `Оценено: ${scored}` + (unscored ? `; без оценки ${unscored} (нет покупок до даты расчёта)` : ''),
      ...warnings,
    ].join('\n');
  }
  const window = run.window.days === null ? 'window: all history' : `window: ${run.window.days} days [${run.window.startIso}, ${run.asOfIso})`;
  return [
    `As of ${run.asOfIso} (${SOURCE[run.asOfSource].en}; time zone ${tz}; orders from that day on are ignored) · ${window} · scale 1–${run.scale}`,
    `Scored: ${scored}` + (unscored ? `; not scored: ${unscored} (no purchase before the as-of date)` : ''),
    ...warnings,
  ].join('\n');
}
