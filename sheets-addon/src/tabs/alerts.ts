/**
 * The Alerts tab: customers approaching the sleep boundary and those who just crossed it, grouped by
 * manager (each manager's list sorted by value at risk, as core sorts them).
 */
import type { RfmRun } from '../../../core/index';
import { bi } from '../i18n';
import type { OutCell, TabSpec } from '../sheet-io';
import { actionText, money, type TabContext } from './context';

/** Builds the Alerts tab from a run. */
export function alertsTab(run: RfmRun, ctx: TabContext): TabSpec {
  const { lang } = ctx;
  const noManager = bi(lang, '(без менеджера)', '(no manager)');
  // Stable sort by manager keeps core's value-at-risk order inside each manager.
  const alerts = run.alerts
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const mx = x.a.manager ?? '\uffff';
      const my = y.a.manager ?? '\uffff';
      return mx < my ? -1 : mx > my ? 1 : x.i - y.i;
    })
    .map((x) => x.a);
  const rows: OutCell[][] = alerts.map((a) => [
    a.manager ?? noManager,
    a.status === 'approaching' ? bi(lang, 'приближается', 'approaching') : bi(lang, 'только что пересёк', 'just crossed'),
    a.customerId,
    a.name,
    ctx.segmentName(a.segment),
    a.recencyDays,
    a.boundaryDays,
    a.daysLeft,
    money(a.valueAtRiskCents),
    actionText(a.action, lang),
  ]);
  const boundary =
    run.sleep.boundaryDays === null
      ? bi(lang, 'граница засыпания не определена', 'no sleep boundary')
      : `${bi(lang, 'Граница засыпания', 'Sleep boundary')}: ${run.sleep.description[lang]}`;
  const title = `${bi(lang, 'На дату', 'As of')} ${run.asOfIso} · ${boundary} · ${bi(lang, 'напоминать за', 'lead')} ${run.sleep.leadDays} · ${bi(lang, 'пересёк за последние', 'crossed within')} ${run.sleep.crossedDays}`;
  return {
    blocks: [
      {
        title,
        header: [
          bi(lang, 'Менеджер', 'Manager'),
          bi(lang, 'Статус', 'Status'),
          bi(lang, 'Клиент', 'Customer'),
          bi(lang, 'Имя', 'Name'),
          bi(lang, 'Сегмент', 'Segment'),
          bi(lang, 'Дней без покупки', 'Days since last purchase'),
          bi(lang, 'Граница, дней', 'Boundary, days'),
          bi(lang, 'Осталось дней', 'Days left'),
          bi(lang, 'Под угрозой (выручка в окне)', 'Value at risk (window revenue)'),
          bi(lang, 'Рекомендуемое действие', 'Suggested action'),
        ],
        kinds: ['text', 'text', 'text', 'text', 'text', 'integer', 'integer', 'integer', 'money', 'text'],
        rows,
      },
    ],
    frozenRows: 2,
    widths: [150, 130, 130, 180, 170, 110, 100, 100, 140, 420],
  };
}
