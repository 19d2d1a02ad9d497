/**
 * Sheets add-on bench: the BUILT bundle (Code.js) refreshing a spreadsheet of N transaction rows in Node,
 * with the in-memory Apps Script fakes standing in for Sheets. Prints the bundle's compute time (the
 * refresh call; the fakes' reads and writes are in-memory and cheap) and the number of Apps Script calls,
 * which is what costs time in real Apps Script (each spreadsheet call is a round trip).
 *
 * The bundle runs with `fastGlobals` (see tests/sheets-addon/fakes/index.ts): node:vm's global-lookup
 * interceptor would otherwise make it several times slower than any real engine. `--plain` runs it as the
 * tests do, for comparison.
 *
 * Run: `npm run bench:addon` or `npx tsx bench/addon.ts [rows] [--plain]` (default 200000 rows).
 */
import {
  buildScorecard,
  type Cell,
  dayInTimeZone,
  generateTransactions,
  ingestTable,
  migrationMatrix,
  parseRunConfig,
  rfmSnapshots,
  runRfm,
} from '../core/index';
import { lastCompletePeriod } from '../sheets-addon/src/kpi-period';
import { buildAddon } from '../sheets-addon/build';
import { createFakeProject } from '../tests/sheets-addon/fakes/index';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 200_000);
const plain = args.includes('--plain');

async function main(): Promise<void> {
  const distDir = mkdtempSync(path.join(os.tmpdir(), 'rfm-addon-bench-'));
  await buildAddon(distDir);
  const table = generateTransactions({ seed: 42, endDay: dayInTimeZone(Date.now(), 'Europe/Moscow') - 1, rows });
  const p = createFakeProject({ distDir, fastGlobals: !plain });
  p.spreadsheet.addUserSheet('Продажи', table);
  p.env.log.clear();

  const t0 = performance.now();
  const out = p.call('rfmRefreshNow') as { status: string; message: string; customers?: number };
  const first = performance.now() - t0;
  const calls = p.env.log.entries.length;
  const summary = p.env.log.summary();

  p.env.log.clear();
  const t1 = performance.now();
  p.call('rfmRefreshNow');
  const second = performance.now() - t1;

  const sheetCalls = Object.entries(summary)
    .filter(([api]) => /^(Range|Sheet|Spreadsheet)\./.test(api))
    .reduce((n, [, c]) => n + c, 0);
  const cells = p.spreadsheet.sheets.filter((s) => s.name.startsWith('RFM ')).reduce((n, s) => n + s.inspectValues().length * (s.inspectValues()[0]?.length ?? 0), 0);
  console.log(`add-on refresh of ${rows.toLocaleString('en-US')} transaction rows (${out.customers?.toLocaleString('en-US')} customers): ${out.status}`);
  console.log(`  compute time in Node ${process.version} (bundle in node:vm${plain ? ', plain globals' : ''}, fakes for Sheets): first ${(first / 1000).toFixed(2)} s, rerun ${(second / 1000).toFixed(2)} s`);
  console.log(`  Apps Script calls: ${calls} in all, ${sheetCalls} on the spreadsheet; reads (getValues): ${summary['Range.getValues'] ?? 0}, writes (setValues): ${summary['Range.setValues'] ?? 0}, cells written: ${cells.toLocaleString('en-US')}`);
  console.log(`  breakdown: ${JSON.stringify(summary)}`);
  console.log(`  result: ${out.message}`);

  // Where the time goes: the same core calls the refresh makes, timed one by one in the main realm.
  const values = p.spreadsheet.sheet('Продажи').inspectValues().map((r) => r.map((v) => (v instanceof p.env.DateCtor ? new Date(v.getTime()) : v))) as Cell[][];
  const tz = 'Europe/Moscow';
  const config = parseRunConfig({ timeZone: tz, language: 'ru' });
  const today = dayInTimeZone(Date.now(), tz);
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return `${(ms / 1000).toFixed(2)} s`;
  };
  const { ledger } = ingestTable(values, { timeZone: tz, today, locale: 'ru' });
  const ingest = lap();
  const run = runRfm(ledger, config, { today });
  const rfm = lap();
  const period = lastCompletePeriod(run.asOf, 'month');
  const snapshotAt = rfmSnapshots(ledger, config);
  buildScorecard({ ledger, period, baseMode: 'previous', snapshotAt });
  migrationMatrix(ledger, period.start, period.end, snapshotAt);
  const kpi = lap();
  console.log(`  core alone (main realm): ingestTable ${ingest}, runRfm ${rfm}, scorecard + migration ${kpi}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
