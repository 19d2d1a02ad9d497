import { Composer } from 'grammy';
import type { BotContext } from '../context';

/**
 * Loads the person behind each update (null for strangers and revoked people). Telegram ids listed in
 * BOT_ADMIN_IDS become admins on first contact, so the first admin needs no invitation.
 */
export function identify(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.use(async (ctx, next) => {
    const id = ctx.from?.id;
    let person = id ? ctx.deps.storage.people.get(id) : null;
    if (person?.status === 'revoked') person = null;
    if (!person && id && ctx.deps.config.adminIds.includes(id)) {
      person = ctx.deps.storage.people.add({
        telegramId: id,
        displayName: ctx.from?.first_name ?? String(id),
        managerName: null,
        role: 'admin',
        language: ctx.from?.language_code?.startsWith('en') ? 'en' : 'ru',
        invitedBy: null,
        now: ctx.deps.clock.now(),
      });
      if (ctx.chat?.type === 'private') ctx.deps.storage.people.subscribe(id, ctx.chat.id);
    }
    ctx.person = person;
    await next();
  });
  return c;
}

/**
 * Strangers get one polite refusal and nothing more: in private chats for any message, in groups only for
 * commands; button presses get the refusal as a toast. Nothing after this runs for them.
 */
export function refuseStrangers(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.use(async (ctx, next) => {
    if (ctx.person) return next();
    if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: ctx.t('refusal'), show_alert: true }));
    const text = ctx.message?.text ?? '';
    if (ctx.chat?.type === 'private' || text.startsWith('/')) await ctx.reply(ctx.t('refusal'));
  });
  return c;
}
