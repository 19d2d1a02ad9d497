import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context';
import { seesAll } from '../access/visible-customers';
import { alertLines } from '../digest/alert-lines';
import { selectAlerts } from '../digest/select-alerts';
import { splitMessage } from '../render/split-message';
import type { Person } from '../storage';
import { ensureCustomerData, renderContext, replyHtml, snapshotOrExplain, today } from './helpers';

/** Alerts per page of /alerts. */
export const ALERTS_PAGE_SIZE = 8;

/**
 * /alerts: the person's customers in the approaching window and those who just crossed, paged with ◀️ ▶️
 * inline buttons (the message is edited in place). Holdout and suppressed customers are left out and counted.
 */
export function alertsFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('alerts', async (ctx) => {
    if (!(await ensureCustomerData(ctx))) return;
    if (!(await snapshotOrExplain(ctx))) return;
    const page = alertsPage(ctx, ctx.person!, 0);
    await replyHtml(ctx, page.html, { reply_markup: page.keyboard });
  });
  c.callbackQuery(/^alerts:(\d+)$/, async (ctx) => {
    if (!ctx.deps.snapshots.ready() || !(ctx.chat?.type === 'private' || ctx.deps.storage.chats.allowsCustomerData(ctx.chat!.id))) {
      return void (await ctx.answerCallbackQuery());
    }
    const page = alertsPage(ctx, ctx.person!, Number(ctx.match[1]));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(page.html, { parse_mode: 'HTML', reply_markup: page.keyboard, link_preview_options: { is_disabled: true } });
  });
  return c;
}

/** One page of the alert list as HTML with its navigation keyboard. */
export function alertsPage(ctx: BotContext, person: Person, pageIndex: number): { html: string; keyboard: InlineKeyboard | undefined } {
  const snap = ctx.deps.snapshots.get(today(ctx));
  const rc = renderContext(ctx, person);
  const sel = selectAlerts(snap.run.alerts, person, { suppressed: snap.suppressedSet, isHoldout: ctx.deps.compose.isHoldout });
  if (!sel.shown.length) return { html: rc.t('alerts-none'), keyboard: undefined };
  const pages = Math.ceil(sel.shown.length / ALERTS_PAGE_SIZE);
  const page = Math.min(Math.max(0, pageIndex), pages - 1);
  const lines = [rc.t('alerts-title', { count: sel.shown.length })];
  sel.shown.slice(page * ALERTS_PAGE_SIZE, (page + 1) * ALERTS_PAGE_SIZE).forEach((a, i) => {
    lines.push(...alertLines(a, page * ALERTS_PAGE_SIZE + i + 1, snap.run, rc, seesAll(person)));
  });
  if (sel.holdout || sel.suppressed) lines.push('', rc.t('left-out', { holdout: sel.holdout, suppressed: sel.suppressed, capped: 0, capDays: 0 }));
  if (pages > 1) lines.push('', rc.t('alerts-page', { page: page + 1, pages }));
  let keyboard: InlineKeyboard | undefined;
  if (pages > 1) {
    keyboard = new InlineKeyboard();
    if (page > 0) keyboard.text(rc.t('alerts-prev'), `alerts:${page - 1}`);
    if (page < pages - 1) keyboard.text(rc.t('alerts-next'), `alerts:${page + 1}`);
  }
  // A page is far below the limit; keep only the first chunk if a pathological name made it longer.
  return { html: splitMessage(lines.join('\n'))[0], keyboard };
}
