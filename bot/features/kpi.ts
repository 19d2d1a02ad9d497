import { Composer } from 'grammy';
import { parsePeriod, UserInputError, type Period } from '../../core';
import type { BotContext } from '../context';
import { buildKpiDigest, defaultKpiPeriod } from '../digest/kpi-digest';
import { escapeHtml } from '../render/escape-html';
import { splitMessage } from '../render/split-message';
import { renderContext, replyHtml, snapshotOrExplain, today } from './helpers';

/** /kpi [period]: the person's scorecard (heads: the team's) for a month, quarter, year or range; default month to date. */
export function kpiFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('kpi', async (ctx) => {
    const snap = await snapshotOrExplain(ctx);
    if (!snap) return;
    let period: Period;
    try {
      period = ctx.match.trim() ? parsePeriod(ctx.match.trim()) : defaultKpiPeriod(today(ctx));
    } catch (error) {
      const msg = error instanceof UserInputError ? error.messageIn(ctx.person!.language) : String(error);
      return void (await replyHtml(ctx, ctx.t('kpi-bad-period', { error: escapeHtml(msg) })));
    }
    await ctx.replyWithChatAction('typing');
    let html: string;
    try {
      html = buildKpiDigest(snap, ctx.person!, renderContext(ctx, ctx.person!), period);
    } catch (error) {
      html = ctx.t('kpi-unavailable', { reason: escapeHtml(error instanceof Error ? error.message : String(error)) });
    }
    for (const part of splitMessage(html)) await replyHtml(ctx, part);
  });
  return c;
}
