import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { composeDigests } from '../digest/compose-digests';
import type { DigestKind } from '../digest/types';
import { sendMessages } from '../jobs/send-messages';
import { ensureCustomerData, snapshotOrExplain, today } from './helpers';

/** /digest: today's digests now (every kind the person has on), the full current alert list, nothing recorded. */
export function digestFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('digest', async (ctx) => {
    if (!(await ensureCustomerData(ctx))) return;
    if (!(await snapshotOrExplain(ctx))) return;
    const p = ctx.person!;
    const kinds: DigestKind[] = [];
    if (p.digests.alerts) kinds.push('alerts');
    if (p.digests.segments) kinds.push('segments');
    if (p.digests.kpi !== 'off') kinds.push('kpi');
    if (!kinds.length) return void (await ctx.reply(ctx.t('digest-nothing', { reason: ctx.t('digest-nothing-settings') })));
    await ctx.replyWithChatAction('typing');
    const digests = await composeDigests(p, kinds, today(ctx), ctx.deps.clock.now(), ctx.deps.compose, { applyCap: false });
    for (const d of digests) await sendMessages(ctx.api, ctx.chat.id, d.messages);
  });
  return c;
}
