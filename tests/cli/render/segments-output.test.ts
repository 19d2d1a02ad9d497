import { describe, expect, it } from 'vitest';
import { isoFromDay, runRfm, TRACK_NAMES } from '../../../core/index';
import { renderCsv } from '../../../cli/format/render-csv';
import { runVersions } from '../../../cli/format/run-versions';
import { versionedJsonListReference } from '../../helpers/versioned-json-list-reference';
import { segmentNames } from '../../../cli/render/render-alerts';
import { segmentsJson } from '../../../cli/render/render-segments';
import { segmentsOutput as chunks } from '../../../cli/render/segments-output';
import { outputText } from '../../../cli/io/write-output';
import { KPI_CONFIG } from '../../helpers/kpi-fixture';
import { makeLedger } from '../../helpers/make-ledger';

// As of 2025-10-01 with the KPI fixture's 3-point thresholds (R: <30 → 3, ≥90 → 1; F cuts 2, 4; M cuts 100, 500):
// x "=cmd" (Анна) bought 09-01 for 100 and 09-20 for 50.50 → recency 11, F 2, M 150.50 → R3F2M2, Active;
// y "Ivan, Jr." (no manager) bought 05-01 for 600 → recency 153, F 1, M 600 → R1F1M3, Lapsed. No boundary.
const ledger = makeLedger([
  { customer: 'x', name: '=cmd', date: '2025-09-01', amount: 100, manager: 'Анна' },
  { customer: 'x', name: '=cmd', date: '2025-09-20', amount: 50.5, manager: 'Анна' },
  { customer: 'y', name: 'Ivan, Jr.', date: '2025-05-01', amount: 600 },
]);
const config = { ...KPI_CONFIG, asOf: '2025-10-01' };
const run = runRfm(ledger, config);
/** The whole text of segmentsOutput (its chunks joined). */
const segmentsOutput = (...args: Parameters<typeof chunks>): string => outputText(chunks(...args));

/** The CSV as first written: one cell array per customer through renderCsv. */
function referenceCsv(lang: 'ru' | 'en'): string {
  const names = segmentNames(run, lang);
  return renderCsv(
    ['customer_id', 'name', 'manager', 'last_purchase', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segment', 'segment_name', 'track', 'track_name', 'boundary_days', 'days_to_boundary', 'channel', 'offer'],
    run.customers.map((c) => [c.customerId, c.name, c.manager, isoFromDay(c.lastPurchaseDay), c.recencyDays, c.frequency, c.monetaryCents / 100, c.r, c.f, c.m, c.code, c.segment, names.get(c.segment) ?? c.segment, c.track, TRACK_NAMES[c.track][lang], c.boundaryDays, c.daysToBoundary, c.action.channel[lang], c.action.offer[lang]]),
  );
}

describe('segmentsOutput', () => {
  it('CSV: the hand-worked values, formula-safe and quoted, CRLF', () => {
    const lines = segmentsOutput({ run, ledger, config, lang: 'en', format: 'csv' }).split('\r\n');
    expect(lines).toHaveLength(4); // header, x, y, '' after the last CRLF
    expect(lines[1]).toMatch(/^x,'=cmd,Анна,2025-09-20,11,2,150\.5,3,2,2,R3F2M2,Active,Active,[a-z]+,[^,]+,,,/);
    expect(lines[2]).toMatch(/^y,"Ivan, Jr\.",,2025-05-01,153,1,600,1,1,3,R1F1M3,Lapsed,Lapsed,[a-z]+,[^,]+,,,/);
  });
  it('CSV: the same text as renderCsv of one cell array per customer, in both languages', () => {
    expect(segmentsOutput({ run, ledger, config, lang: 'en', format: 'csv' })).toBe(referenceCsv('en'));
    expect(segmentsOutput({ run, ledger, config, lang: 'ru', format: 'csv' })).toBe(referenceCsv('ru'));
  });
  it('JSON: one object per customer with the run versions, the same text as the obvious way (each row copied with its version)', () => {
    const text = segmentsOutput({ run, ledger, config, lang: 'ru', format: 'json' });
    expect(text).toBe(versionedJsonListReference([...segmentsJson(run, 'ru')], runVersions(ledger, config)));
    const rows = JSON.parse(text) as { customerId: string; lastPurchase: string; recencyDays: number; monetary: number; code: string; segment: string; version: unknown }[];
    expect(rows.map((r) => [r.customerId, r.lastPurchase, r.recencyDays, r.monetary, r.code, r.segment])).toEqual([
      ['x', '2025-09-20', 11, 150.5, 'R3F2M2', 'Active'],
      ['y', '2025-05-01', 153, 600, 'R1F1M3', 'Lapsed'],
    ]);
    expect(rows[0].version).toEqual(runVersions(ledger, config));
  });
  it('table: the run header, then one aligned line per customer', () => {
    const lines = segmentsOutput({ run, ledger, config, lang: 'en', format: 'table' }).split('\n');
    expect(lines[0]).toMatch(/^As of 2025-10-01/);
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-3)).toMatch(/^x +=cmd +Анна +11 +2 +150\.50 +R3F2M2 +Active/);
    expect(lines.at(-2)).toMatch(/^y +Ivan, Jr\. +153 +1 +600\.00 +R1F1M3 +Lapsed/);
  });
  describe('edge cases', () => {
    it('no scored customers: the CSV header alone, an empty JSON list', () => {
      const empty = makeLedger([]);
      const r = runRfm(empty, config);
      expect(segmentsOutput({ run: r, ledger: empty, config, lang: 'en', format: 'csv' })).toBe(
        'customer_id,name,manager,last_purchase,recency_days,frequency,monetary,r,f,m,code,segment,segment_name,track,track_name,boundary_days,days_to_boundary,channel,offer\r\n',
      );
      expect(segmentsOutput({ run: r, ledger: empty, config, lang: 'en', format: 'json' })).toBe('[]\n');
    });
  });
});
