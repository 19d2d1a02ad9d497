import { Composer } from 'grammy';
import type { BotContext } from '../context';

/** Last: unknown commands get a pointer to /help; stray button presses are acknowledged; other text is ignored. */
export function unhandledFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('message:text', async (ctx) => {
    if (ctx.message.text.startsWith('/') || ctx.chat.type === 'private') await ctx.reply(ctx.t('unknown-command'));
  });
  c.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return c;
}
