import { Composer } from 'grammy';
import type { BotContext } from '../context';

/** /subscribe (also resumes a subscription paused after a block) and /unsubscribe; digests go to the private chat. */
export function subscriptionFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('subscribe', async (ctx) => {
    const p = ctx.person!;
    ctx.deps.storage.people.subscribe(p.telegramId, ctx.chat.type === 'private' ? ctx.chat.id : p.telegramId);
    await ctx.reply(ctx.t('subscribed', { time: p.digestTime ?? ctx.deps.config.digestTime }));
  });
  c.command('unsubscribe', async (ctx) => {
    ctx.deps.storage.people.unsubscribe(ctx.person!.telegramId);
    await ctx.reply(ctx.t('unsubscribed'));
  });
  return c;
}
