import type { BilingualText, TrackId } from './types';

/** One playbook entry: how to talk to a group (DOMAIN.md communication policy; cap of 3 messages a week). */
export interface PlaybookEntry {
  channel: BilingualText;
  cadence: BilingualText;
  offer: BilingualText;
  /** Frequency cap in messages per week. */
  maxPerWeek: number;
}

const personal = { ru: 'личный менеджер, звонок или мессенджер', en: 'personal manager, call or messenger' };
const messenger = { ru: 'мессенджер / push, e-mail', en: 'messenger / push, e-mail' };
const cheap = { ru: 'только e-mail, мессенджеры, Telegram (без звонков и SMS)', en: 'e-mail, messengers, Telegram only (no calls or SMS)' };
const email = { ru: 'e-mail, мессенджер', en: 'e-mail, messenger' };

/**
 * Default action per track (seed 003's four tracks plus `growth`), used for any segment without its own entry.
 * @example TRACK_PLAYBOOK.churned.maxPerWeek // → 1
 */
export const TRACK_PLAYBOOK: Readonly<Record<TrackId, PlaybookEntry>> = {
  best: {
    channel: personal,
    cadence: { ru: 'не чаще 1 раза в неделю, лично', en: 'at most once a week, personal' },
    offer: { ru: 'персональные предложения, ранний доступ к акциям, VIP-сервис, программа рекомендаций', en: 'personal offers, early access to sales, VIP service, referral programme' },
    maxPerWeek: 1,
  },
  asleep: {
    channel: messenger,
    cadence: { ru: 'напоминание за 10–15 дней до границы засыпания, затем раз в неделю', en: 'a reminder 10–15 days before the sleep boundary, then weekly' },
    offer: { ru: 'бонус или повышенный кэшбэк, «мы скучаем», спросить о причинах', en: 'bonus or extra cashback, "we miss you", ask what changed' },
    maxPerWeek: 2,
  },
  churned: {
    channel: cheap,
    cadence: { ru: 'не чаще 2 раз в месяц', en: 'at most twice a month' },
    offer: { ru: 'бонус за возвращение, письмо «мы скучаем»', en: 'win-back bonus, "we miss you" message' },
    maxPerWeek: 1,
  },
  beginners: {
    channel: email,
    cadence: { ru: 'приветственная цепочка: 2–3 письма в первые две недели', en: 'welcome series: 2–3 messages in the first two weeks' },
    offer: { ru: 'рассказать об ассортименте и программе лояльности, скидка на вторую покупку', en: 'introduce the range and the loyalty programme, discount on the second purchase' },
    maxPerWeek: 3,
  },
  growth: {
    channel: email,
    cadence: { ru: 'раз в неделю', en: 'once a week' },
    offer: { ru: 'апсейл и кросс-сейл: наборы, товары дороже, порог бесплатной доставки', en: 'upsell and cross-sell: bundles, premium items, free-delivery threshold' },
    maxPerWeek: 1,
  },
};

/**
 * Built-in actions for the classic segments whose advice differs from their track's.
 * @example SEGMENT_PLAYBOOK["Can't Lose Them"].channel.en // → "personal manager, call or messenger"
 */
export const SEGMENT_PLAYBOOK: Readonly<Record<string, PlaybookEntry>> = {
  Champions: TRACK_PLAYBOOK.best,
  Loyal: {
    channel: messenger,
    cadence: { ru: 'раз в неделю', en: 'once a week' },
    offer: { ru: 'программа лояльности, допродажа дорогих товаров, просьба об отзыве', en: 'loyalty programme, upsell premium items, ask for a review' },
    maxPerWeek: 1,
  },
  "Can't Lose Them": {
    channel: personal,
    cadence: { ru: 'сразу, затем раз в неделю', en: 'now, then once a week' },
    offer: { ru: 'личный контакт, спросить о причинах, персональное предложение на возврат', en: 'personal contact, ask what went wrong, personal win-back offer' },
    maxPerWeek: 1,
  },
  'At Risk': {
    channel: messenger,
    cadence: { ru: 'раз в неделю', en: 'once a week' },
    offer: { ru: 'персональная реактивация, бонус, напомнить о прошлых покупках', en: 'personal reactivation, bonus, remind of past purchases' },
    maxPerWeek: 1,
  },
  New: TRACK_PLAYBOOK.beginners,
  'Potential Loyalist': {
    channel: email,
    cadence: { ru: 'раз в неделю', en: 'once a week' },
    offer: { ru: 'приглашение в программу лояльности, рекомендации', en: 'invite to the loyalty programme, recommendations' },
    maxPerWeek: 1,
  },
  Promising: TRACK_PLAYBOOK.beginners,
  'Need Attention': {
    channel: email,
    cadence: { ru: 'раз в неделю', en: 'once a week' },
    offer: { ru: 'ограниченное по времени предложение по прошлым покупкам', en: 'time-limited offer based on past purchases' },
    maxPerWeek: 1,
  },
  'About to Sleep': TRACK_PLAYBOOK.asleep,
  Hibernating: TRACK_PLAYBOOK.churned,
  Lost: {
    channel: cheap,
    cadence: { ru: 'не чаще раза в месяц', en: 'at most once a month' },
    offer: { ru: 'одно письмо о возвращении; без ответа — в список исключений', en: 'one win-back message; no response → suppression list' },
    maxPerWeek: 1,
  },
};
