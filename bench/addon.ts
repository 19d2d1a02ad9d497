/**
 * Sheets add-on bench: the BUILT bundle (dist Code.js) refreshing a spreadsheet of N transaction rows in
 * Node, with the in-memory Apps Script fakes standing in for Sheets. Prints the bundle's own compute time
 * (the refresh call minus nothing: the fakes' reads and writes are in-memory and cheap) and the number of
 * Sheets calls, which is what costs time in real Apps Script (each is a round trip).
 *
 * Run: `npm run bench:addon` or `npx tsx bench/addon.ts [rows]` (default 200000).
 */
import { dayInTimeZone, generateTransactions } from '../core/index';
import { buildAddon } from '../sheets-addon/build';
import { createFakeProject } from '../tests/sheets-addon/fakes/index';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const rows = Number(process.argv[2] ?? 200_000);
const NOW = Date.UTC(2025, 2, 12, 9);

async function main(): Promise<void> {
  const distDir = mkdtempSync(path.join(os.tmpdir(), 'rfm-addon-bench-'));
  await buildAddon(distDir);
  const table = generateTransactions({ seed: 42, endDay: dayInTimeZone(NOW, 'Europe/Moscow') - 1, rows });
  const p = createFakeProject({ now: NOW, distDir });
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
  console.log(`  compute time in Node (bundle in node:vm, fakes for Sheets): first ${(first / 1000).toFixed(2)} s, rerun ${(second / 1000).toFixed(2)} s`);
  console.log(`  Apps Script calls: ${calls} in all, ${sheetCalls} on the spreadsheet; reads (getValues): ${summary['Range.getValues'] ?? 0}, writes (setValues): ${summary['Range.setValues'] ?? 0}, cells written: ${cells.toLocaleString('en-US')}`);
  console.log(`  breakdown: ${JSON.stringify(summary)}`);
  console.log(`  result: ${out.message}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
