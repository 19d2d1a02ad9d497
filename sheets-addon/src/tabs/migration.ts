/**
 * The Migration tab: segment at the period's start × segment at its end, in customers and in revenue,
 * and the shares that stayed, moved up, moved down and are new — from core's migrationMatrix.
 */
import type { MigrationMatrix } from '../../../core/index';
import { isoFromDay, NEW_SEGMENT } from '../../../core/index';
import { bi, type Lang } from '../i18n';
import type { Block, ColumnKind, OutCell, TabSpec } from '../sheet-io';
import type { TabContext } from './context';

function grid(m: MigrationMatrix, ctx: TabContext, title: string, pick: 'customers' | 'revenueCents'): Block {
  const { lang } = ctx;
  const name = (s: string) => (s === NEW_SEGMENT ? bi(lang, 'Новые (без покупок до начала)', 'New (no purchase before the start)') : ctx.segmentName(s));
  const cell = new Map<string, number>();
  for (const c of m.cells) cell.set(`${c.from}\u0000${c.to}`, pick === 'customers' ? c.customers : c.revenueCents / 100);
  const rows: OutCell[][] = m.rows.map((from) => {
    const values = m.columns.map((to) => cell.get(`${from}\u0000${to}`) ?? 0);
    return [name(from), ...values, values.reduce((a, b) => a + b, 0)];
  });
  const kind: ColumnKind = pick === 'customers' ? 'integer' : 'money';
  return {
    title,
    header: [bi(lang, 'Было \\ стало', 'From \\ to'), ...m.columns.map(name), bi(lang, 'Итого', 'Total')],
    kinds: ['text', ...m.columns.map(() => kind), kind],
    rows,
  };
}

/** Builds the Migration tab (null matrix: the reason is shown instead). */
export function migrationTab(m: MigrationMatrix | null, ctx: TabContext, problem: string | null): TabSpec {
  const { lang } = ctx;
  if (!m) return { blocks: [{ header: [problem ?? bi(lang, 'Миграция не рассчитана', 'Migration was not computed')], kinds: ['text'], rows: [] }], frozenRows: 0 };
  const span = `${isoFromDay(m.from)} → ${isoFromDay(m.to)}`;
  const share = (v: number | null) => (v === null ? null : v / 100);
  return {
    blocks: [
      grid(m, ctx, `${bi(lang, 'Клиенты: сегмент на', 'Customers: segment on')} ${span}`, 'customers'),
      grid(m, ctx, `${bi(lang, 'Выручка за период по клеткам', 'Revenue in the period by cell')} (${span})`, 'revenueCents'),
      {
        title: bi(lang, 'Движение', 'Movement'),
        header: [bi(lang, 'Группа', 'Group'), bi(lang, 'Клиентов', 'Customers'), bi(lang, 'Доля', 'Share')],
        kinds: ['text', 'integer', 'percent'],
        rows: [
          [bi(lang, 'Остались в сегменте', 'Stayed'), m.counts.stayed, share(m.shares.stayed)],
          [bi(lang, 'Перешли выше', 'Moved up'), m.counts.up, share(m.shares.up)],
          [bi(lang, 'Перешли ниже', 'Moved down'), m.counts.down, share(m.shares.down)],
          [bi(lang, 'Новые', 'New'), m.counts.new, share(m.shares.new)],
          [bi(lang, 'Клиентов на начало', 'Customers at the start'), m.startCustomers, null],
          [bi(lang, 'Клиентов на конец', 'Customers at the end'), m.endCustomers, null],
        ],
      },
    ],
    frozenRows: 0,
    widths: [260],
  };
}
