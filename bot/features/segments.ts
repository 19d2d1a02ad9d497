import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { buildSegmentsDigest } from '../digest/segments-digest';
import { sendMessages } from '../jobs/send-messages';
import { renderContext, snapshotOrExplain } from './helpers';

/** /segments: the segment table with a chart image (aggregates only, so it is allowed in group chats). */
export function segmentsFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('segments', async (ctx) => {
    const snap = await snapshotOrExplain(ctx);
    if (!snap) return;
    await ctx.replyWithChatAction('upload_photo');
    const msgs = await buildSegmentsDigest(snap, ctx.person!, renderContext(ctx, ctx.person!));
    await sendMessages(ctx.api, ctx.chat!.id, msgs);
  });
  return c;
}
