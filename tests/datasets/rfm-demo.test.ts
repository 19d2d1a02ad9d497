/**
 * The R `rfm` package's demo orders (../shared/datasets/rfm-demo, see its SOURCE.md): published facts with
 * analysis date 2006-12-31 — "Abbey O'Reilly" has recency 205 days, 6 transactions, amount 472.
 * Each CSV row is one order (the file has no order id), as in the R package.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../core/config/run-config';
import { ingestTable } from '../../core/ledger/ingest-table';
import { runRfm } from '../../core/rfm/run-rfm';

const file = path.resolve(__dirname, '../../../shared/datasets/rfm-demo/rfm_data_orders.csv');
const present = existsSync(file);
if (!present) console.log(`skipping rfm-demo dataset tests: ${file} is absent (the checkout's sibling ../shared)`);

describe.skipIf(!present)('rfm-demo orders (R package rfm 0.3.0)', () => {
  const table = present ? (parse(readFileSync(file)) as string[][]) : [['customer_id', 'order_date', 'revenue']];
  const { ledger, quality } = ingestTable(table, { columns: { customer: 'customer_id', date: 'order_date', amount: 'revenue' } });
  const issueExample = parseRunConfig({
    asOf: '2006-12-31',
    windowDays: null,
    scale: 5,
    recency: { method: 'thresholds', cuts: [115, 181, 297, 482] },
    frequency: { method: 'quantile' },
    monetary: { method: 'quantile' },
    segments: [{ name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] }],
    otherSegment: 'Others',
  });

  it('the file is what SOURCE.md describes', () => {
    expect(quality).toMatchObject({ totalRows: 4906, usedRows: 4906, rejectedRows: 0, orders: 4906 });
    expect(ledger.customers.length).toBe(995);
    expect(ledger.netCents).toBe(46415800);
  });

  it("Abbey O'Reilly as of 2006-12-31, all history: recency 205, frequency 6, monetary 472", () => {
    const run = runRfm(ledger, parseRunConfig({ asOf: '2006-12-31', windowDays: null }));
    const abbey = run.customers.find((c) => c.customerId === "Abbey O'Reilly")!;
    expect(abbey).toMatchObject({ recencyDays: 205, frequency: 6, monetaryCents: 47200 });
    // Scores on this data (quantile, 5 points), checked against the threshold table below.
    expect(abbey.code).toBe('R3F4M3');
    expect(run.axes.recency.bands[2]).toMatchObject({ score: 3, lower: 180, upper: 296 });
    expect(run.axes.frequency.bands[3]).toMatchObject({ score: 4, lower: 6, upper: 7 });
    expect(run.axes.monetary.bands[2]).toMatchObject({ score: 3, lower: 38200, upper: 50500 });
  });

  it('the classic preset leaves nobody in the catch-all and the table reconciles to the cent', () => {
    const run = runRfm(ledger, parseRunConfig({ asOf: '2006-12-31', windowDays: null }));
    expect(run.summary.rows.find((r) => r.group === 'Others')).toBeUndefined();
    expect(run.summary.total).toEqual({ customers: 995, revenueCents: 46415800, orders: 4906 });
    expect(run.summary.reconciles).toBe(true);
    expect(run.unscored).toEqual([]);
    // every score holds about a fifth of the customers except where frequencies tie
    for (const b of run.axes.monetary.bands) expect(b.share).toBeGreaterThan(0.19);
  });

  it("the issue's example config: recency thresholds [115, 181, 297, 482] put Abbey (205 days) in R3", () => {
    const run = runRfm(ledger, issueExample);
    const abbey = run.customers.find((c) => c.customerId === "Abbey O'Reilly")!;
    expect(abbey).toMatchObject({ recencyDays: 205, frequency: 6, monetaryCents: 47200, r: 3 });
    expect(run.axes.recency.cuts).toEqual([115, 181, 297, 482]);
    expect(run.segmentRules.warnings.map((w) => w.kind)).toEqual(['uncovered']);
    expect(run.summary.rows.map((r) => r.group)).toEqual(['Champions', 'Others']);
    expect(run.summary.total.revenueCents).toBe(46415800);
  });

  it('a 365-day window reconciles through the "before window" line', () => {
    const run = runRfm(ledger, parseRunConfig({ asOf: '2006-12-31' }));
    const s = run.summary;
    expect(s.beforeWindow.revenueCents).toBeGreaterThan(0);
    expect(s.scoredRevenueCents + s.notScored.revenueCents + s.beforeWindow.revenueCents + s.afterAsOf.revenueCents).toBe(46415800);
    expect(s.reconciles).toBe(true);
  });
});
