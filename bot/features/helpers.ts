import { localTime } from '../clock';
import type { BotContext } from '../context';
import type { Snapshot } from '../data/snapshot-provider';
import type { RenderContext } from '../digest/types';
import { translator } from '../i18n';
import type { Person } from '../storage';

/** Today's day number in the bot's time zone. */
export function today(ctx: BotContext): number {
  return localTime(ctx.deps.clock.now(), ctx.deps.config.timeZone).day;
}

/** Today's snapshot, or null after telling the user the data is not loaded yet. */
export async function snapshotOrExplain(ctx: BotContext): Promise<Snapshot | null> {
  if (!ctx.deps.snapshots.ready()) {
    await ctx.reply(ctx.t('no-data'));
    return null;
  }
  return ctx.deps.snapshots.get(today(ctx));
}

/** Rendering settings for the current person. */
export function renderContext(ctx: BotContext, person: Person): RenderContext {
  return { lang: person.language, t: translator(ctx.deps.i18n, person.language), currency: ctx.deps.config.currency, timeZone: ctx.deps.config.timeZone };
}

/** True in private chats, and in group chats an admin allowed with /chatdata on. */
export function customerDataAllowed(ctx: BotContext): boolean {
  if (!ctx.chat || ctx.chat.type === 'private') return true;
  return ctx.deps.storage.chats.allowsCustomerData(ctx.chat.id);
}

/** Replies that customer data is not shown here when it is not allowed; returns whether it is allowed. */
export async function ensureCustomerData(ctx: BotContext): Promise<boolean> {
  if (customerDataAllowed(ctx)) return true;
  await ctx.reply(ctx.t('group-no-customer-data'));
  return false;
}

/** True for admins; otherwise replies that the command is for admins. */
export async function ensureAdmin(ctx: BotContext): Promise<boolean> {
  if (ctx.person?.role === 'admin') return true;
  await ctx.reply(ctx.t('admin-only'));
  return false;
}

/** Replies with HTML (parse mode set, link previews off). */
export function replyHtml(ctx: BotContext, html: string, extra: Parameters<BotContext['reply']>[1] = {}) {
  return ctx.reply(html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...extra });
}
