import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { serialize, deserialize } from 'node:v8';
import { createIngester, DEMO_HEADER, dayFromIso, fnv1a32, generateTransactionRows, parsePeriod, parseRunConfig, rfmSnapshots, buildKpiContext, basePeriod, computeKpi, ROLE_KPIS, healthScores, buildScorecard, runRfm, type Ledger } from '../core';
const F = '/tmp/kpi-ledger.v8';
let ledger: Ledger;
if (existsSync(F)) ledger = deserialize(readFileSync(F));
else {
  const END_DAY = dayFromIso('2025-10-15')!;
  const ing = createIngester([...DEMO_HEADER], { today: END_DAY });
  for (const r of generateTransactionRows({ seed: 7, endDay: END_DAY, rows: 1_000_000 })) ing.add(r.cells);
  ledger = ing.finish().ledger;
  for (const c of ledger.customers) { const m = `M${(fnv1a32(c.id) % 20) + 1}`; c.manager = m; for (const o of c.orders) o.manager = m; }
  writeFileSync(F, serialize(ledger));
}
const config = parseRunConfig({});
const period = parsePeriod('2025-Q3');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const res: Record<string, number[]> = {};
const rec = (k: string, v: number) => (res[k] ??= []).push(v);
for (let rep = 0; rep < 4; rep++) {
  let t = cpu(); let w = performance.now();
  runRfm(ledger, { ...config, asOf: '2025-07-01' });
  rec('runRfm cpu', cpu() - t); rec('runRfm wall', performance.now() - w);
  const snapshotAt = rfmSnapshots(ledger, config);
  for (const d of [basePeriod(period).start, period.start, period.end]) snapshotAt(d);
  t = cpu();
  const ctx = buildKpiContext(ledger, period, basePeriod(period), snapshotAt);
  rec('ctx', cpu() - t);
  t = cpu(); healthScores(ctx); rec('health', cpu() - t);
  const all = ledger.customers.map((_, i) => i);
  t = cpu();
  for (const role of Object.values(ROLE_KPIS)) for (const id of role) computeKpi(ctx, id, all, null);
  rec('16 kpis', cpu() - t);
  t = cpu(); w = performance.now();
  buildScorecard({ ledger, period, snapshotAt });
  rec('scorecard cached cpu', cpu() - t); rec('scorecard cached wall', performance.now() - w);
}
for (const [k, v] of Object.entries(res)) console.log(k, 'min', Math.min(...v).toFixed(0), 'all', v.map((x) => x.toFixed(0)).join(' '));
