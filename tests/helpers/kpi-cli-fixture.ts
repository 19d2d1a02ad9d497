/**
 * The hand-worked KPI fixture (tests/helpers/kpi-fixture.ts) as CLI input files, shared by the kpi, migration and
 * review command tests.
 */
import { fixtureDir } from '../cli/harness';
import { KPI_ROWS } from './kpi-fixture';

// The hand-worked KPI fixture (tests/helpers/kpi-fixture.ts) as a CSV, with the same 3-point config.
const csv = ['customer,date,amount,manager,category', ...KPI_ROWS.map((r) => [r.customer, r.date, r.amount, r.manager ?? '', r.category ?? ''].join(','))].join('\n') + '\n';
const config = {
  scale: 3, windowDays: 365,
  recency: { method: 'thresholds', cuts: [30, 90] }, frequency: { method: 'thresholds', cuts: [2, 4] }, monetary: { method: 'thresholds', cuts: [100, 500] },
  segments: [{ name: 'Active', r: [3, 3], f: [1, 3], m: [1, 3] }, { name: 'Cooling', r: [2, 2], f: [1, 3], m: [1, 3] }, { name: 'Lapsed', r: [1, 1], f: [1, 3], m: [1, 3] }],
  sleep: { personal: false, minGaps: 1000 },
};
const leads = 'lead,customer,created,status,channel,manager,segment\nL1,a,2025-07-02,won,web,Анна,Cooling\nL2,b,2025-07-25,lost,phone,Анна,Lapsed\nL3,x,2025-08-01,open,web,Борис,\nL4,c,2025-09-01,won,web,Борис,Cooling\nL5,c,вчера,won,web,Борис,\n';
/** A temp folder with sales.csv, config.json, leads.csv and targets.json of the hand-worked KPI fixture. */
export const dir = fixtureDir({
  'sales.csv': csv,
  'config.json': JSON.stringify(config),
  'leads.csv': leads,
  'targets.json': JSON.stringify([{ kpi: 'reactivation', role: 'marketing', plan: 40 }, { kpi: 'reactivation', manager: 'Анна', plan: 80 }]),
});
/** --input and --config flags for that folder. */
export const base = ['--input', 'sales.csv', '--config', 'config.json'];

