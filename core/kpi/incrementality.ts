import type { BilingualText } from '../segments/types';
import { newcombeInterval } from './newcombe-interval';
import { pluralCustomers } from './plural-customers';

/** Customers in a group and how many of them bought in the period. */
export interface GroupOutcome {
  customers: number;
  buyers: number;
}

/** Incrementality of a campaign: contacted vs holdout purchase rates, their difference and its 95% interval. */
export interface Incrementality {
  /** Purchase rates, percent (null for an empty group). */
  contactedRate: number | null;
  holdoutRate: number | null;
  /** Difference contacted − holdout and its 95% Newcombe (Wilson) interval, percentage points; null when a group is empty. */
  differencePp: number | null;
  lowPp: number | null;
  highPp: number | null;
  verdict: 'positive' | 'negative' | 'no-effect-shown' | 'too-small';
  message: BilingualText;
}

const fmt = (v: number) => (Math.round(v * 10) / 10).toFixed(1);

/**
 * Incrementality = purchase rate of contacted − purchase rate of holdout, in percentage points, with the 95%
 * Newcombe hybrid-score interval. Verdict: `too-small` when either group has fewer than `minGroup` customers
 * (default 30) or the interval is wider than `maxWidthPp` (default 20 pp); else `positive` (interval above 0),
 * `negative` (below 0) or `no-effect-shown` (contains 0). The message says it in plain words, RU and EN.
 *
 * @example incrementality({ customers: 900, buyers: 180 }, { customers: 100, buyers: 10 }).verdict // → "positive"
 */
export function incrementality(
  contacted: GroupOutcome,
  holdout: GroupOutcome,
  options: { minGroup?: number; maxWidthPp?: number } = {},
): Incrementality {
  const minGroup = options.minGroup ?? 30;
  const maxWidth = options.maxWidthPp ?? 20;
  const rate = (g: GroupOutcome) => (g.customers > 0 ? (g.buyers / g.customers) * 100 : null);
  const contactedRate = rate(contacted);
  const holdoutRate = rate(holdout);
  if (contacted.customers === 0 || holdout.customers === 0) {
    return {
      contactedRate, holdoutRate, differencePp: null, lowPp: null, highPp: null, verdict: 'too-small',
      message: {
        ru: `Сравнивать не с чем: в ${contacted.customers === 0 ? 'основной' : 'контрольной'} группе нет клиентов.`,
        en: `Nothing to compare: the ${contacted.customers === 0 ? 'contacted' : 'holdout'} group is empty.`,
      },
    };
  }
  const ci = newcombeInterval(contacted.buyers, contacted.customers, holdout.buyers, holdout.customers);
  const d = ci.difference * 100;
  const lo = ci.low * 100;
  const hi = ci.high * 100;
  const base = { contactedRate, holdoutRate, differencePp: d, lowPp: lo, highPp: hi };
  const range = `${fmt(lo)}…${fmt(hi)}`;
  const small = Math.min(contacted.customers, holdout.customers);
  if (small < minGroup || hi - lo > maxWidth) {
    const who = pluralCustomers(small);
    return {
      ...base, verdict: 'too-small',
      message: {
        ru: `Выборка слишком мала для вывода: в меньшей группе ${who.ru}, разница ${fmt(d)} п.п. может быть от ${fmt(lo)} до ${fmt(hi)} п.п. Нужна группа побольше или период подлиннее.`,
        en: `Too small a sample to tell: the smaller group has ${who.en}; the difference of ${fmt(d)} pp could be anywhere from ${fmt(lo)} to ${fmt(hi)} pp. Use a larger group or a longer period.`,
      },
    };
  }
  if (lo > 0) {
    return { ...base, verdict: 'positive', message: {
      ru: `Кампания работает: покупали на ${fmt(d)} п.п. чаще, чем контрольная группа (95% интервал ${range} п.п.).`,
      en: `The campaign works: contacted customers bought ${fmt(d)} pp more often than the holdout (95% interval ${range} pp).`,
    } };
  }
  if (hi < 0) {
    return { ...base, verdict: 'negative', message: {
      ru: `Кампания вредит: покупали на ${fmt(-d)} п.п. реже, чем контрольная группа (95% интервал ${range} п.п.).`,
      en: `The campaign hurts: contacted customers bought ${fmt(-d)} pp less often than the holdout (95% interval ${range} pp).`,
    } };
  }
  return { ...base, verdict: 'no-effect-shown', message: {
    ru: `Эффект не доказан: разница ${fmt(d)} п.п., 95% интервал ${range} п.п. включает ноль.`,
    en: `No effect shown: the difference is ${fmt(d)} pp and its 95% interval ${range} pp includes zero.`,
  } };
}
