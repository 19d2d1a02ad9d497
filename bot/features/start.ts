import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { seesAll } from '../access/visible-customers';
import { escapeHtml } from '../render/escape-html';
import { replyHtml } from './helpers';

/** /start: greets known people; redeems a one-time invitation code (`/start CODE`) for newcomers. */
export function startFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('start', async (ctx) => {
    const { storage, clock, config } = ctx.deps;
    if (ctx.person) return void (await replyHtml(ctx, ctx.t('start-welcome-back', { name: escapeHtml(ctx.person.displayName) })));
    const code = ctx.match.trim();
    if (!code || ctx.chat.type !== 'private') return void (await ctx.reply(ctx.t('refusal')));
    const r = storage.invites.redeem(code, ctx.from!.id, clock.now());
    if (!r.ok) return void (await ctx.reply(ctx.t(`start-code-${r.reason}`)));
    const person = storage.people.add({
      telegramId: ctx.from!.id,
      displayName: r.invite.displayName,
      managerName: r.invite.managerName,
      role: r.invite.role,
      language: ctx.from?.language_code?.startsWith('en') ? 'en' : 'ru',
      invitedBy: r.invite.createdBy,
      now: clock.now(),
    });
    storage.people.subscribe(person.telegramId, ctx.chat.id);
    ctx.person = person;
    ctx.i18n.useLocale(person.language);
    await replyHtml(
      ctx,
      ctx.t('start-ok', {
        name: escapeHtml(person.displayName),
        role: ctx.t(`role-${person.role}`),
        time: person.digestTime ?? config.digestTime,
        scope: ctx.t(seesAll(person) ? 'start-scope-all' : 'start-scope-own'),
      }),
    );
  });
  return c;
}
