import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { replyHtml } from './helpers';

/** /help: the commands, plus the admin ones for admins. */
export function helpFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('help', async (ctx) => {
    const text = ctx.person?.role === 'admin' ? `${ctx.t('help')}\n\n${ctx.t('help-admin')}` : ctx.t('help');
    await replyHtml(ctx, text);
  });
  return c;
}
