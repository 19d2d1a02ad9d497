import { segmentDisplayNames, TRACK_NAMES, type BoundaryEstimate, type RfmRun, type SleepAlert, type TrackId } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { formatNumber } from '../format/format-number';
import { renderCsv } from '../format/render-csv';
import { renderTable } from '../format/render-table';
import { countOf, CUSTOMERS, CUSTOMERS_GENITIVE, plural } from '../i18n';
import { label } from './labels';

/** How the sleep boundary was found, the lead and the count of alerts, in one or two lines. */
export function renderBoundaryLine(run: RfmRun, lang: Lang): string {
  const s = run.sleep;
  const desc = s.description[lang];
  const alerts = run.alerts;
  const approaching = alerts.filter((a) => a.status === 'approaching').length;
  const crossed = alerts.length - approaching;
  if (lang === 'ru') {
    return (
      `Граница засыпания: ${desc}` +
      (s.personalCustomers ? `; личная граница раньше общей у ${countOf('ru', s.personalCustomers, CUSTOMERS_GENITIVE.ru, CUSTOMERS_GENITIVE.en)}` : '') +
      `\nОповещения: ${approaching} ${plural('ru', approaching, { one: 'скоро уснёт', few: 'скоро уснут', many: 'скоро уснут' })} (за ${s.leadDays} дн. до ${s.personalCustomers ? 'общей границы, до личной — пропорционально меньше' : 'границы'}), ` +
      `${crossed} ${plural('ru', crossed, { one: 'перешёл', few: 'перешли', many: 'перешли' })} границу за последние ${s.crossedDays} дн.`
    );
  }
  return (
    `Sleep boundary: ${desc}` +
    (s.personalCustomers ? `; a personal boundary comes sooner for ${countOf('en', s.personalCustomers, CUSTOMERS.ru, CUSTOMERS.en)}` : '') +
    `\nAlerts: ${approaching} approaching (within ${s.leadDays} ${plural('en', s.leadDays, { one: 'day', other: 'days' })} of the ${s.personalCustomers ? 'global boundary, proportionally fewer of a personal one' : 'boundary'}), ` +
    `${crossed} crossed it in the last ${s.crossedDays} ${plural('en', s.crossedDays, { one: 'day', other: 'days' })}`
  );
}

/** The alert list as a table (the first `limit` alerts, sorted by value at risk as core sorts them). */
export function renderAlertsTable(run: RfmRun, lang: Lang, limit = Infinity): string {
  const names = segmentNames(run, lang);
  const shown = run.alerts.slice(0, limit);
  const table = renderTable(
    [
      { title: label(lang, 'status') },
      { title: label(lang, 'customer') },
      { title: label(lang, 'name') },
      { title: label(lang, 'manager') },
      { title: label(lang, 'segment') },
      { title: label(lang, 'daysSince'), align: 'right' },
      { title: label(lang, 'boundary'), align: 'right' },
      { title: label(lang, 'daysLeft'), align: 'right' },
      { title: label(lang, 'atRisk'), align: 'right' },
      { title: label(lang, 'channel') },
    ],
    shown.map((a) => [
      label(lang, a.status),
      a.customerId,
      a.name ?? '',
      a.manager ?? '',
      names.get(a.segment) ?? a.segment,
      formatNumber(a.recencyDays, lang),
      `${formatNumber(a.boundaryDays, lang)}${a.boundarySource === 'personal' ? (lang === 'ru' ? ' (личн.)' : ' (own)') : ''}`,
      formatNumber(a.daysLeft, lang),
      formatMoney(a.valueAtRiskCents, lang),
      a.action.channel[lang],
    ]),
  );
  const more = run.alerts.length - shown.length;
  return more > 0 ? `${table}\n${lang === 'ru' ? `… и ещё ${more}` : `… and ${more} more`}` : table;
}

/**
 * The sleep boundary estimated per segment and per track beside the one used (all customers): days, the gaps
 * it rests on, and for a group with too few gaps why there is no estimate. Segments and tracks whose rhythm
 * differs from the whole base show here (Champions buy every few weeks, the Loyal every few months).
 */
export function renderBoundaryGroups(run: RfmRun, lang: Lang): string {
  const s = run.sleep;
  const names = segmentNames(run, lang);
  const row = (group: string, e: BoundaryEstimate): string[] =>
    e.status === 'ok'
      ? [group, formatNumber(e.days, lang), formatNumber(e.gaps, lang), `p${e.percentile}`]
      : [group, '—', formatNumber(e.gaps, lang), lang === 'ru' ? `мало интервалов: нужно не меньше ${formatNumber(e.minGaps, lang)}` : `too few gaps: at least ${formatNumber(e.minGaps, lang)} needed`];
  const rows = [
    [
      lang === 'ru' ? 'Все клиенты (используется)' : 'All customers (used)',
      s.boundaryDays === null ? '—' : formatNumber(s.boundaryDays, lang),
      formatNumber(s.estimate.gaps, lang),
      s.source === 'manual' ? (lang === 'ru' ? 'задана вручную' : 'set by hand') : s.estimate.status === 'ok' ? `p${s.estimate.percentile}` : lang === 'ru' ? `мало интервалов: нужно не меньше ${formatNumber(s.estimate.minGaps, lang)}` : `too few gaps: at least ${formatNumber(s.estimate.minGaps, lang)} needed`,
    ],
    ...s.bySegment.map((g) => row(names.get(g.group) ?? g.group, g.estimate)),
    ...s.byTrack.map((g) => row(TRACK_NAMES[g.group as TrackId]?.[lang] ?? g.group, g.estimate)),
  ];
  const title = lang === 'ru' ? 'Граница засыпания по сегментам и трекам' : 'Sleep boundary by segment and track';
  return `${title}\n${renderTable(
    [
      { title: lang === 'ru' ? 'Группа' : 'Group' },
      { title: lang === 'ru' ? 'Граница, дн.' : 'Boundary, d', align: 'right' },
      { title: lang === 'ru' ? 'Интервалов' : 'Gaps', align: 'right' },
      { title: lang === 'ru' ? 'Как найдена' : 'How found' },
    ],
    rows,
  )}`;
}

/** Segment key → display name in the language (from the run's rule table: no segment summary is computed). */
export function segmentNames(run: RfmRun, lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  for (const [segment, text] of segmentDisplayNames(run.segmentRules)) names.set(segment, text[lang]);
  return names;
}

function alertJson(a: SleepAlert, lang: Lang): object {
  return {
    customerId: a.customerId,
    name: a.name,
    manager: a.manager,
    segment: a.segment,
    status: a.status,
    recencyDays: a.recencyDays,
    boundaryDays: a.boundaryDays,
    boundarySource: a.boundarySource,
    daysLeft: a.daysLeft,
    monetary: a.monetaryCents / 100,
    monetaryCents: a.monetaryCents,
    valueAtRiskCents: a.valueAtRiskCents,
    action: { channel: a.action.channel[lang], cadence: a.action.cadence[lang], offer: a.action.offer[lang], maxPerWeek: a.action.maxPerWeek },
  };
}

/** `alerts --format json`: the boundary, how it was found, and the customers. */
export function alertsJson(run: RfmRun, lang: Lang): object {
  const s = run.sleep;
  return {
    asOf: run.asOfIso,
    boundary: {
      days: s.boundaryDays,
      source: s.source,
      estimate: s.estimate,
      description: s.description[lang],
      personalCustomers: s.personalCustomers,
      leadDays: s.leadDays,
      crossedDays: s.crossedDays,
      bySegment: s.bySegment,
      byTrack: s.byTrack,
    },
    customers: run.alerts.map((a) => alertJson(a, lang)),
  };
}

/** The alerts as CSV, one line per customer. */
export function alertsCsv(run: RfmRun, lang: Lang): string {
  return renderCsv(
    ['customer_id', 'name', 'manager', 'segment', 'status', 'recency_days', 'boundary_days', 'boundary_source', 'days_left', 'monetary', 'value_at_risk', 'channel', 'cadence', 'offer'],
    run.alerts.map((a) => [
      a.customerId,
      a.name,
      a.manager,
      a.segment,
      a.status,
      a.recencyDays,
      a.boundaryDays,
      a.boundarySource,
      a.daysLeft,
      a.monetaryCents / 100,
      a.valueAtRiskCents / 100,
      a.action.channel[lang],
      a.action.cadence[lang],
      a.action.offer[lang],
    ]),
  );
}
