import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context';
import type { DigestChoice, Person } from '../storage';
import { replyHtml } from './helpers';

const TIMES = ['07:00', '08:00', '09:00', '10:00'];
const NEXT_KPI: Record<DigestChoice['kpi'], DigestChoice['kpi']> = { off: 'weekly', weekly: 'monthly', monthly: 'off' };

/**
 * /settings: digest time, language and which digests, as an inline keyboard that edits the message in place;
 * also `/settings time HH:MM` and `/settings lang ru|en`.
 */
export function settingsFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('settings', async (ctx) => {
    const people = ctx.deps.storage.people;
    const [sub, arg] = ctx.match.trim().split(/\s+/);
    const id = ctx.person!.telegramId;
    if (sub === 'time') {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(arg ?? '')) return void (await ctx.reply(ctx.t('settings-time-usage')));
      people.updateSettings(id, { digestTime: arg });
    } else if (sub === 'lang' && (arg === 'ru' || arg === 'en')) {
      people.updateSettings(id, { language: arg });
      ctx.i18n.useLocale(arg);
    }
    const view = settingsView(ctx, people.get(id)!);
    await replyHtml(ctx, view.html, { reply_markup: view.keyboard });
  });
  c.callbackQuery(/^set:(alerts|segments|kpi|lang|time:\d\d:\d\d)$/, async (ctx) => {
    const people = ctx.deps.storage.people;
    const p = ctx.person!;
    const what = ctx.match[1];
    if (what === 'alerts') people.updateSettings(p.telegramId, { alerts: !p.digests.alerts });
    else if (what === 'segments') people.updateSettings(p.telegramId, { segments: !p.digests.segments });
    else if (what === 'kpi') people.updateSettings(p.telegramId, { kpi: NEXT_KPI[p.digests.kpi] });
    else if (what === 'lang') {
      const language = p.language === 'ru' ? 'en' : 'ru';
      people.updateSettings(p.telegramId, { language });
      ctx.i18n.useLocale(language);
    } else people.updateSettings(p.telegramId, { digestTime: what.slice(5) });
    const view = settingsView(ctx, people.get(p.telegramId)!);
    await ctx.answerCallbackQuery({ text: ctx.t('settings-saved') });
    await ctx.editMessageText(view.html, { parse_mode: 'HTML', reply_markup: view.keyboard });
  });
  return c;
}

/** The settings text and keyboard for a person. */
export function settingsView(ctx: BotContext, p: Person): { html: string; keyboard: InlineKeyboard } {
  const onOff = (b: boolean) => ctx.t(b ? 'settings-on' : 'settings-off');
  const kpi = ctx.t(`settings-kpi-${p.digests.kpi}`);
  const time = p.digestTime ?? ctx.deps.config.digestTime;
  const sub = !p.subscription?.active
    ? ctx.t('settings-off')
    : p.subscription.pausedReason
      ? ctx.t('settings-paused', { reason: p.subscription.pausedReason })
      : ctx.t('settings-on');
  const html = ctx.t('settings-title', { time, tz: ctx.deps.config.timeZone, alerts: onOff(p.digests.alerts), segments: onOff(p.digests.segments), kpi, sub });
  const keyboard = new InlineKeyboard();
  for (const t of TIMES) keyboard.text(t === time ? `• ${t}` : t, `set:time:${t}`);
  keyboard.row().text(ctx.t('btn-alerts', { state: onOff(p.digests.alerts) }), 'set:alerts');
  keyboard.row().text(ctx.t('btn-segments', { state: onOff(p.digests.segments) }), 'set:segments');
  keyboard.row().text(ctx.t('btn-kpi', { state: kpi }), 'set:kpi');
  keyboard.row().text(ctx.t('btn-lang'), 'set:lang');
  return { html, keyboard };
}
