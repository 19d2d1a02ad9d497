import { Composer } from 'grammy';
import type { RfmCustomerRow } from '../../core';
import type { BotContext } from '../context';
import { visibleTo } from '../access/visible-customers';
import { segmentName, trackName } from '../digest/names';
import { escapeHtml } from '../render/escape-html';
import { formatDay, formatMoney } from '../render/format';
import { ensureCustomerData, renderContext, replyHtml, snapshotOrExplain } from './helpers';

/** /customer <id or name>: scores, segment, track, days to the boundary, the latest orders and the suggested action — only for customers the person may see. */
export function customerFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('customer', async (ctx) => {
    if (!(await ensureCustomerData(ctx))) return;
    const query = ctx.match.trim();
    if (!query) return void (await replyHtml(ctx, ctx.t('customer-usage')));
    const snap = await snapshotOrExplain(ctx);
    if (!snap) return;
    const person = ctx.person!;
    const rc = renderContext(ctx, person);
    const mine = visibleTo(person, snap.run.customers);
    const q = query.toLowerCase();
    let found: RfmCustomerRow[] = mine.filter((r) => r.customerId.toLowerCase() === q);
    if (!found.length) found = mine.filter((r) => (r.name ?? '').toLowerCase().includes(q) || r.customerId.toLowerCase().includes(q));
    if (!found.length) return void (await replyHtml(ctx, rc.t('customer-not-found', { query: escapeHtml(query) })));
    if (found.length > 1) {
      const list = found.slice(0, 10).map((r) => `• <code>${escapeHtml(r.customerId)}</code> ${escapeHtml(r.name ?? '')}`);
      return void (await replyHtml(ctx, [rc.t('customer-many'), ...list].join('\n')));
    }
    const r = found[0];
    const money = (cents: number) => escapeHtml(formatMoney(cents, rc.currency, rc.lang));
    const lines = [
      rc.t('customer-card', {
        name: escapeHtml(r.name ?? r.customerId),
        id: escapeHtml(r.customerId),
        segment: escapeHtml(segmentName(snap.run, r.segment, rc.lang)),
        code: escapeHtml(r.code),
        track: escapeHtml(trackName(r.track, rc.lang)),
        recency: r.recencyDays,
        frequency: r.frequency,
        money: money(r.monetaryCents),
        boundary: r.boundaryDays === null ? rc.t('customer-no-boundary') : String(r.boundaryDays),
        left: r.daysToBoundary === null ? '—' : String(r.daysToBoundary),
        manager: escapeHtml(r.manager ?? '—'),
        channel: escapeHtml(r.action.channel[rc.lang]),
        cadence: escapeHtml(r.action.cadence[rc.lang]),
        offer: escapeHtml(r.action.offer[rc.lang]),
      }),
    ];
    const customer = snap.ledger.customers.find((x) => x.id === r.customerId);
    const orders = (customer?.orders ?? []).filter((o) => o.day < snap.run.asOf).slice(-5).reverse();
    if (orders.length) {
      lines.push('', rc.t('customer-orders'));
      for (const o of orders) {
        lines.push(rc.t('customer-order-line', { date: escapeHtml(formatDay(o.day, rc.lang)), money: money(o.netCents), order: escapeHtml(o.id) }));
      }
    }
    await replyHtml(ctx, lines.join('\n'));
  });
  return c;
}
