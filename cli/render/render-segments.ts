import { isoFromDay, TRACK_NAMES, UNSCORED_REASONS, type RfmCustomerRow, type RfmRun } from '../../core';
import type { Lang } from '../context';
import { formatMoney } from '../format/format-money';
import { formatNumber } from '../format/format-number';
import { countOf, CUSTOMERS } from '../i18n';
import { cachedCsvCell } from '../format/cached-csv-cell';
import { csvLine } from '../format/csv-line';
import { CsvBytes } from '../format/csv-bytes';
import { renderTable, tableChunks } from '../format/render-table';
import { segmentNames } from './render-alerts';
import { label } from './labels';

/** isoFromDay that remembers its answers: a run's last-purchase days are a few hundred distinct days. */
function memoIsoFromDay(): (day: number) => string {
  const texts = new Map<number, string>();
  return (day) => {
    let s = texts.get(day);
    if (s === undefined) texts.set(day, (s = isoFromDay(day)));
    return s;
  };
}

function customerJson(c: RfmCustomerRow, names: Map<string, string>, lang: Lang, iso: (day: number) => string): object {
  return {
    customerId: c.customerId,
    name: c.name,
    manager: c.manager,
    lastPurchase: iso(c.lastPurchaseDay),
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

/**
 * `segments --format json`: one object per scored customer, made as they are read (so a big run never holds
 * all of them at once; spread into an array to keep them).
 */
export function* segmentsJson(run: RfmRun, lang: Lang): Generator<object> {
  const names = segmentNames(run, lang);
  const iso = memoIsoFromDay();
  for (const c of run.customers) yield customerJson(c, names, lang, iso);
}

const CSV_HEADER = ['customer_id', 'name', 'manager', 'last_purchase', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segment', 'segment_name', 'track', 'track_name', 'boundary_days', 'days_to_boundary', 'channel', 'offer'];

/**
 * The per-customer table as CSV, as UTF-8 bytes in chunks of about a megabyte, each handed out as soon as it is
 * full (write them one by one: a million customers' table is 300 MB): the same text as `renderCsv` of one row per
 * customer (formula-safe, CRLF), written straight into bytes (see CsvBytes); the few distinct dates, names and
 * actions are escaped and encoded once.
 */
export function* segmentsCsv(run: RfmRun, lang: Lang): Generator<Buffer> {
  const names = segmentNames(run, lang);
  const cell = cachedCsvCell();
  const iso = memoIsoFromDay();
  const out = new CsvBytes();
  out.raw(csvLine(CSV_HEADER, true));
  out.newline();
  // The cells from r to track_name follow from the scores, segment and track, and the last two from the action: a
  // few hundred distinct texts, each made once. Keyed by the scores as a number (each row's code is a new string),
  // then by the segment and track (texts shared by all their customers).
  const middles = new Map<number, Map<string, Map<string, string>>>();
  const ends = new Map<RfmCustomerRow['action'], string>();
  for (const c of run.customers) {
    if (out.filled > 0) yield* out.takeFilled();
    const scores = (c.r * 16 + c.f) * 16 + c.m;
    let bySegment = middles.get(scores);
    if (bySegment === undefined) middles.set(scores, (bySegment = new Map()));
    let byTrack = bySegment.get(c.segment);
    if (byTrack === undefined) bySegment.set(c.segment, (byTrack = new Map()));
    let middle = byTrack.get(c.track);
    if (middle === undefined) {
      middle = `${c.r},${c.f},${c.m},${cell(c.code)},${cell(c.segment)},${cell(names.get(c.segment) ?? c.segment)},${cell(c.track)},${cell(TRACK_NAMES[c.track][lang])}`;
      byTrack.set(c.track, middle);
    }
    let end = ends.get(c.action);
    if (end === undefined) ends.set(c.action, (end = `${cell(c.action.channel[lang])},${cell(c.action.offer[lang])}`));
    out.text(c.customerId);
    out.comma();
    out.text(c.name);
    out.comma();
    out.repeatedText(c.manager);
    out.comma();
    out.repeatedText(iso(c.lastPurchaseDay));
    out.comma();
    out.number(c.recencyDays);
    out.comma();
    out.number(c.frequency);
    out.comma();
    out.number(c.monetaryCents / 100);
    out.comma();
    out.repeated(middle);
    out.comma();
    if (c.boundaryDays !== null) out.number(c.boundaryDays);
    out.comma();
    if (c.daysToBoundary !== null) out.number(c.daysToBoundary);
    out.comma();
    out.repeated(end);
    out.newline();
  }
  yield* out.toChunks();
}

/**
 * The customers a run could not score, listed under the table so that every ledger customer is either scored
 * or named with the reason (empty when all were scored).
 */
function renderUnscored(run: RfmRun, lang: Lang): string {
  if (run.unscored.length === 0) return '';
  const title =
    lang === 'ru'
      ? `Без оценки: ${countOf(lang, run.unscored.length, CUSTOMERS.ru, CUSTOMERS.en)} (нет покупок до даты расчёта)`
      : `Not scored: ${countOf(lang, run.unscored.length, CUSTOMERS.ru, CUSTOMERS.en)} (no purchase before the as-of date)`;
  const table = renderTable(
    [
      { title: label(lang, 'customer') },
      { title: label(lang, 'name') },
      { title: label(lang, 'manager') },
      { title: lang === 'ru' ? 'Причина' : 'Reason' },
      { title: lang === 'ru' ? 'Нетто в окне' : 'Net in the window', align: 'right' },
    ],
    run.unscored.map((u) => [u.customerId, u.name ?? '', u.manager ?? '', UNSCORED_REASONS[u.reason][lang], formatMoney(u.netCentsInWindow, lang)]),
  );
  return `\n\n${title}\n${table}`;
}

/**
 * The per-customer table as aligned text, then the customers not scored with the reason, in chunks made as they
 * are asked for (see tableChunks: a million customers' table is never held whole).
 */
export function* segmentsTableChunks(run: RfmRun, lang: Lang): Generator<string> {
  const names = segmentNames(run, lang);
  const numbers = new Map<number, string>(); // days and purchase counts: a few hundred distinct values
  const count = (n: number): string => {
    let s = numbers.get(n);
    if (s === undefined) numbers.set(n, (s = formatNumber(n, lang)));
    return s;
  };
  yield* tableChunks(
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
    function* rows() {
      for (const c of run.customers) {
        yield [
          c.customerId,
          c.name ?? '',
          c.manager ?? '',
          count(c.recencyDays),
          count(c.frequency),
          formatMoney(c.monetaryCents, lang),
          c.code,
          names.get(c.segment) ?? c.segment,
          TRACK_NAMES[c.track][lang],
        ];
      }
    },
  );
  yield renderUnscored(run, lang);
}
