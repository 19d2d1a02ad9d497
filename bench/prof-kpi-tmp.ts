import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createIngester, DEMO_HEADER, dayFromIso, fnv1a32, generateTransactionRows, parsePeriod, parseRunConfig, rfmSnapshots, buildScorecard, basePeriod, type Ledger } from '../core';
const F = '/tmp/kpi-ledger.json';
let ledger: Ledger;
if (existsSync(F)) ledger = JSON.parse(readFileSync(F, 'utf8'));
else {
  const END_DAY = dayFromIso('2025-10-15')!;
  const ing = createIngester([...DEMO_HEADER], { today: END_DAY });
  for (const r of generateTransactionRows({ seed: 7, endDay: END_DAY, rows: 1_000_000 })) ing.add(r.cells);
  ledger = ing.finish().ledger;
  for (const c of ledger.customers) { const m = `M${(fnv1a32(c.id) % 20) + 1}`; c.manager = m; for (const o of c.orders) o.manager = m; }
  writeFileSync(F, JSON.stringify(ledger));
}
// re-link orders (JSON breaks shared references)
ledger.orders = ledger.customers.flatMap((c) => c.orders).sort((a, b) => a.day - b.day || a.minute - b.minute);
const config = parseRunConfig({});
const period = parsePeriod('2025-Q3');
for (let i = 0; i < 3; i++) {
  const snapshotAt = rfmSnapshots(ledger, config);
  const a = performance.now();
  snapshotAt(basePeriod(period).start); snapshotAt(period.start); snapshotAt(period.end);
  const b = performance.now();
  buildScorecard({ ledger, period, snapshotAt });
  const c = performance.now();
  console.log('rfm', (b - a).toFixed(0), 'kpi', (c - b).toFixed(0));
}
