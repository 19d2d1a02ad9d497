import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { managerKey } from '../access/visible-customers';
import { escapeHtml } from '../render/escape-html';
import { formatInstant } from '../render/format';
import { splitMessage } from '../render/split-message';
import type { Role } from '../storage';
import { setAdminCommands } from '../commands';
import { ensureAdmin, replyHtml, today } from './helpers';

const ROLE_WORDS: Record<string, Role> = {
  manager: 'manager', менеджер: 'manager',
  head: 'head', руководитель: 'head',
  admin: 'admin', админ: 'admin', администратор: 'admin',
};

/** Managers named in the data (distinct, as spelled on the latest orders). */
function managersInData(ctx: BotContext): string[] {
  if (!ctx.deps.snapshots.ready()) return [];
  const seen = new Map<string, string>();
  for (const c of ctx.deps.snapshots.get(today(ctx)).ledger.customers) if (c.manager) seen.set(managerKey(c.manager), c.manager);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** Admin commands: /invite, /people (list, role, revoke), /refresh, /chatdata. */
export function adminFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command('invite', async (ctx) => {
    if (!(await ensureAdmin(ctx))) return;
    const words = ctx.match.trim().split(/\s+/).filter(Boolean);
    const role = words.length > 1 && ROLE_WORDS[words[words.length - 1].toLowerCase()] ? ROLE_WORDS[words.pop()!.toLowerCase()] : 'manager';
    const name = words.join(' ');
    const managers = managersInData(ctx);
    const list = escapeHtml(managers.join(', ') || '—');
    if (!name) return void (await replyHtml(ctx, ctx.t('invite-usage', { managers: list })));
    const match = managers.find((m) => managerKey(m) === managerKey(name)) ?? null;
    if (role === 'manager' && !match) return void (await replyHtml(ctx, ctx.t('invite-unknown-manager', { name: escapeHtml(name), managers: list })));
    const { storage, clock, config } = ctx.deps;
    const invite = storage.invites.create({ managerName: match, displayName: match ?? name, role, createdBy: ctx.from!.id, now: clock.now(), ttlHours: config.inviteTtlHours });
    await replyHtml(
      ctx,
      ctx.t('invite-created', {
        name: escapeHtml(invite.displayName),
        role: ctx.t(`role-${role}`),
        code: invite.code,
        expires: escapeHtml(formatInstant(new Date(invite.expiresAt), config.timeZone, ctx.person!.language)),
      }),
    );
  });

  c.command('people', async (ctx) => {
    if (!(await ensureAdmin(ctx))) return;
    const { storage, clock, config } = ctx.deps;
    const [sub, target, roleWord] = ctx.match.trim().split(/\s+/);
    if (sub === 'role' || sub === 'revoke') {
      let ok = false;
      if (sub === 'role' && ROLE_WORDS[(roleWord ?? '').toLowerCase()]) {
        const role = ROLE_WORDS[roleWord.toLowerCase()];
        ok = storage.people.setRole(Number(target), role);
        if (ok && role === 'admin') await setAdminCommands(ctx.api, ctx.deps, Number(target)).catch(() => {});
      }
      else if (sub === 'revoke') ok = /^\d+$/.test(target ?? '') ? storage.people.revoke(Number(target)) : storage.invites.revoke(target ?? '');
      else return void (await replyHtml(ctx, ctx.t('people-usage')));
      return void (await ctx.reply(ctx.t(ok ? 'people-done' : 'people-not-found')));
    }
    const lines = [ctx.t('people-title')];
    for (const p of storage.people.list()) {
      const state = p.status === 'revoked' ? ctx.t('people-revoked') : p.subscription?.pausedReason ? ctx.t('people-paused') : ctx.t('people-active');
      lines.push(
        ctx.t('people-line', {
          name: escapeHtml(p.displayName),
          id: String(p.telegramId),
          role: ctx.t(`role-${p.role}`),
          manager: p.managerName && p.managerName !== p.displayName ? ` (${escapeHtml(p.managerName)})` : '',
          state,
        }),
      );
    }
    const pending = storage.invites.pending(clock.now());
    if (pending.length) {
      lines.push('', ctx.t('people-invites'));
      for (const i of pending) {
        lines.push(
          ctx.t('people-invite-line', {
            code: i.code,
            name: escapeHtml(i.displayName),
            role: ctx.t(`role-${i.role}`),
            expires: escapeHtml(formatInstant(new Date(i.expiresAt), config.timeZone, ctx.person!.language)),
          }),
        );
      }
    }
    lines.push('', ctx.t('people-usage'));
    for (const part of splitMessage(lines.join('\n'))) await replyHtml(ctx, part);
  });

  c.command('refresh', async (ctx) => {
    if (!(await ensureAdmin(ctx))) return;
    await ctx.reply(ctx.t('refresh-started'));
    const r = await ctx.deps.snapshots.refresh();
    if (r.ok) {
      await ctx.reply(ctx.t('refresh-ok', { ms: r.ms, customers: r.customers, used: r.rows.used, total: r.rows.total, rejected: r.rows.rejected, excluded: r.rows.excluded }));
    }
    else await replyHtml(ctx, ctx.t('refresh-failed', { error: escapeHtml(r.error) }));
  });

  c.command('chatdata', async (ctx) => {
    if (!(await ensureAdmin(ctx))) return;
    const arg = ctx.match.trim().toLowerCase();
    if (ctx.chat.type === 'private' || (arg !== 'on' && arg !== 'off')) return void (await ctx.reply(ctx.t('chatdata-usage')));
    ctx.deps.storage.chats.setCustomerData(ctx.chat.id, arg === 'on', ctx.from!.id, ctx.deps.clock.now());
    await ctx.reply(ctx.t(arg === 'on' ? 'chatdata-on' : 'chatdata-off'));
  });
  return c;
}
