import { isoFromDay, TRACK_NAMES, type RfmCustomerRow, type RfmRun } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { formatNumber } from '../format/format-number';
import { renderCsv } from '../format/render-csv';
import { renderTable } from '../format/render-table';
import { segmentNames } from './render-alerts';
import { label } from './labels';

function customerJson(c: RfmCustomerRow, names: Map<string, string>, lang: Lang): object {
  return {
    customerId: c.customerId,
    name: c.name,
    manager: c.manager,
    lastPurchase: isoFromDay(c.lastPurchaseDay),
    recencyDays: c.recencyDays,
    frequency: c.frequency,
    monetary: c.monetaryCents / 100,
    monetaryCents: c.monetaryCents,
    r: c.r,
    f: c.f,
    m: c.m,
    code: c.code,
    segment: c.segment,
    segmentName: names.get(c.segment) ?? c.segment,
    track: c.track,
    trackName: TRACK_NAMES[c.track][lang],
    boundaryDays: c.boundaryDays,
    boundarySource: c.boundarySource,
    daysToBoundary: c.daysToBoundary,
    action: { channel: c.action.channel[lang], cadence: c.action.cadence[lang], offer: c.action.offer[lang], maxPerWeek: c.action.maxPerWeek },
  };
}

/** `segments --format json`: one object per scored customer. */
export function segmentsJson(run: RfmRun, lang: Lang): object[] {
  const names = segmentNames(run, lang);
  return run.customers.map((c) => customerJson(c, names, lang));
}

/** The per-customer table as CSV. */
export function segmentsCsv(run: RfmRun, lang: Lang): string {
  const names = segmentNames(run, lang);
  return renderCsv(
    ['customer_id', 'name', 'manager', 'last_purchase', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segment', 'segment_name', 'track', 'track_name', 'boundary_days', 'days_to_boundary', 'channel', 'offer'],
    run.customers.map((c) => [
      c.customerId,
      c.name,
      c.manager,
      isoFromDay(c.lastPurchaseDay),
      c.recencyDays,
      c.frequency,
      c.monetaryCents / 100,
      c.r,
      c.f,
      c.m,
      c.code,
      c.segment,
      names.get(c.segment) ?? c.segment,
      c.track,
      TRACK_NAMES[c.track][lang],
      c.boundaryDays,
      c.daysToBoundary,
      c.action.channel[lang],
      c.action.offer[lang],
    ]),
  );
}

/** The per-customer table as aligned text. */
export function renderSegmentsTable(run: RfmRun, lang: Lang): string {
  const names = segmentNames(run, lang);
  return renderTable(
    [
      { title: label(lang, 'customer') },
      { title: label(lang, 'name') },
      { title: label(lang, 'manager') },
      { title: label(lang, 'recencyShort'), align: 'right' },
      { title: label(lang, 'frequencyShort'), align: 'right' },
      { title: label(lang, 'monetaryShort'), align: 'right' },
      { title: label(lang, 'code') },
      { title: label(lang, 'segment') },
      { title: label(lang, 'track') },
    ],
    run.customers.map((c) => [
      c.customerId,
      c.name ?? '',
      c.manager ?? '',
      formatNumber(c.recencyDays, lang),
      formatNumber(c.frequency, lang),
      formatMoney(c.monetaryCents, lang),
      c.code,
      names.get(c.segment) ?? c.segment,
      TRACK_NAMES[c.track][lang],
    ]),
  );
}
