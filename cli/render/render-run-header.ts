import type { RfmRun } from '../../core';
import type { Lang } from '../context';
import { countOf, CUSTOMERS, CUSTOMERS_GENITIVE, ORDERS } from '../i18n';
import { runWarningLines } from './render-run-warnings';

const SOURCE = {
  date: { ru: 'задана', en: 'given' },
  latest: { ru: 'день после последней покупки', en: 'the day after the last purchase' },
  today: { ru: 'сегодня', en: 'today' },
} as const;

/** Changed customers named on the spike-guard line, at most. */
const LISTED = 10;

/**
 * What the spike guard did, when it is on: orders left out or capped for scoring and whose F or M score moved
 * (the first ten ids), e.g. "Spike guard: promo orders left out: 12; orders capped at 3× the customer's
 * median: 4; F or M score changed for 7 customers: c1, c9, …".
 */
function spikeGuardLine(run: RfmRun, lang: Lang): string[] {
  const g = run.spikeGuard;
  if (!g.enabled) return [];
  const ids = g.changedCustomerIds.slice(0, LISTED).join(', ') + (g.changedCustomerIds.length > LISTED ? ` … (+${g.changedCustomerIds.length - LISTED})` : '');
  const parts: string[] = [];
  if (lang === 'ru') {
    if (g.excludePromo) parts.push(`промо-заказы не учтены в баллах: ${countOf(lang, g.promoOrdersExcluded, ORDERS.ru, ORDERS.en)}`);
    if (g.capMultiple !== null) parts.push(`заказы выше ${g.capMultiple}× медианы клиента урезаны для балла M: ${countOf(lang, g.ordersCapped, ORDERS.ru, ORDERS.en)}`);
    parts.push(g.customersChanged ? `баллы F или M изменились у ${countOf(lang, g.customersChanged, CUSTOMERS_GENITIVE.ru, CUSTOMERS_GENITIVE.en)}: ${ids}` : 'ни у кого баллы не изменились');
    return [`Защита от всплесков: ${parts.join('; ')}`];
  }
  if (g.excludePromo) parts.push(`promo orders left out of the scores: ${countOf(lang, g.promoOrdersExcluded, ORDERS.ru, ORDERS.en)}`);
  if (g.capMultiple !== null) parts.push(`orders above ${g.capMultiple}× the customer's median capped for the M score: ${countOf(lang, g.ordersCapped, ORDERS.ru, ORDERS.en)}`);
  parts.push(g.customersChanged ? `F or M score changed for ${countOf(lang, g.customersChanged, CUSTOMERS.ru, CUSTOMERS.en)}: ${ids}` : 'no score changed');
  return [`Spike guard: ${parts.join('; ')}`];
}

/**
 * The lines every RFM report starts with: the as-of date and how it was chosen, the window, the scale
 * and how many customers were scored — the choices a user must see to trust the numbers — then what the spike
 * guard changed (when it is on) and one "⚠" line per run warning ({@link runWarningLines}).
 */
export function renderRunHeader(run: RfmRun, lang: Lang): string {
  const tz = run.config.timeZone;
  const scored = countOf(lang, run.customers.length, CUSTOMERS.ru, CUSTOMERS.en);
  const unscored = run.unscored.length;
  const warnings = runWarningLines(run, lang).map((line) => `⚠ ${line}`);
  if (lang === 'ru') {
    const window = run.window.days === null ? 'окно: вся история' : `окно: ${run.window.days} дн. [${run.window.startIso}, ${run.asOfIso})`;
    return [
      `Дата расчёта: ${run.asOfIso} (${SOURCE[run.asOfSource].ru}; часовой пояс ${tz}; покупки с этой даты не учтены) · ${window} · шкала 1–${run.scale}`,
      `Оценено: ${scored}` + (unscored ? `; без оценки ${unscored} (нет покупок до даты расчёта)` : ''),
      ...spikeGuardLine(run, lang),
      ...warnings,
    ].join('\n');
  }
  const window = run.window.days === null ? 'window: all history' : `window: ${run.window.days} days [${run.window.startIso}, ${run.asOfIso})`;
  return [
    `As of ${run.asOfIso} (${SOURCE[run.asOfSource].en}; time zone ${tz}; orders from that day on are ignored) · ${window} · scale 1–${run.scale}`,
    `Scored: ${scored}` + (unscored ? `; not scored: ${unscored} (no purchase before the as-of date)` : ''),
    ...spikeGuardLine(run, lang),
    ...warnings,
  ].join('\n');
}
