import { describe, expect, it } from 'vitest';
import { fixtureDir, runInProcess } from '../harness';
import { KPI_ROWS } from '../../helpers/kpi-fixture';

// The hand-worked KPI fixture (tests/helpers/kpi-fixture.ts) as a CSV, with the same 3-point config.
const csv = ['customer,date,amount,manager,category', ...KPI_ROWS.map((r) => [r.customer, r.date, r.amount, r.manager ?? '', r.category ?? ''].join(','))].join('\n') + '\n';
const config = {
  scale: 3, windowDays: 365,
  recency: { method: 'thresholds', cuts: [30, 90] }, frequency: { method: 'thresholds', cuts: [2, 4] }, monetary: { method: 'thresholds', cuts: [100, 500] },
  segments: [{ name: 'Active', r: [3, 3], f: [1, 3], m: [1, 3] }, { name: 'Cooling', r: [2, 2], f: [1, 3], m: [1, 3] }, { name: 'Lapsed', r: [1, 1], f: [1, 3], m: [1, 3] }],
  sleep: { personal: false, minGaps: 1000 },
};
const leads = 'lead,customer,created,status,channel,manager,segment\nL1,a,2025-07-02,won,web,Анна,Cooling\nL2,b,2025-07-25,lost,phone,Анна,Lapsed\nL3,x,2025-08-01,open,web,Борис,\nL4,c,2025-09-01,won,web,Борис,Cooling\nL5,c,вчера,won,web,Борис,\n';
const dir = fixtureDir({
  'sales.csv': csv,
  'config.json': JSON.stringify(config),
  'leads.csv': leads,
  'targets.json': JSON.stringify([{ kpi: 'reactivation', role: 'marketing', plan: 40 }, { kpi: 'reactivation', manager: 'Анна', plan: 80 }]),
});
const base = ['--input', 'sales.csv', '--config', 'config.json'];

interface Row { kpi: string; manager: string | null; team: boolean; plan: number | null; percentOfPlan: number | null; change: number | null; fact: { value: number | null; numerator: number; denominator: number; customerIds?: string[] } }

describe('rfm kpi', () => {
  it('JSON: hand-worked values, plans, team row = Σ managers, rejected lead rows listed', async () => {
    const r = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--leads', 'leads.csv', '--targets', 'targets.json', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { rows: Row[]; managers: (string | null)[]; rejected: { leads: { row: number }[] } };
    expect(j.managers).toEqual(['Анна', 'Борис', null]);
    const get = (kpi: string, manager: string | null, team = false) => j.rows.find((x) => x.kpi === kpi && x.team === team && (team || x.manager === manager))!;
    expect(get('reactivation', null, true)).toMatchObject({ plan: 40, percentOfPlan: 125, change: 50, fact: { value: 50, numerator: 1, denominator: 2 } });
    expect(get('reactivation', 'Анна')).toMatchObject({ plan: 80, percentOfPlan: 125, fact: { value: 100 } });
    expect(get('win-rate', null, true).fact).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
    expect(get('churn', null, true).fact.customerIds).toEqual(['a', 'c', 'f']);
    expect(j.rejected.leads.map((x) => x.row)).toEqual([6]);
    for (const t of j.rows.filter((x) => x.team)) {
      const parts = j.rows.filter((x) => !x.team && x.kpi === t.kpi);
      expect(parts.reduce((s, x) => s + x.fact.numerator, 0)).toBeCloseTo(t.fact.numerator, 6);
    }
  });
  it('table in Russian by default; CSV one line per row', async () => {
    const t = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--role', 'marketing'], dir);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Реактивация спящих');
    expect(t.stdout).toContain('Вся команда');
    const c = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--role', 'success', '--format', 'csv'], dir);
    expect(c.stdout.trim().split('\r\n')).toHaveLength(1 + 6 * 4);
  });
  describe('edge cases', () => {
    it('a bad period or an unknown manager is a one-line error with exit 2', async () => {
      const a = await runInProcess(['kpi', ...base, '--period', 'summer'], dir);
      expect(a.code).toBe(2);
      expect(a.stderr).toMatch(/use a month 2025-07/);
      const b = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--manager', 'Зоя'], dir);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/managers are: Анна, Борис/);
      const c = await runInProcess(['kpi', ...base], dir);
      expect(c.stderr).toMatch(/needs --period/);
    });
  });
});

describe('rfm migration', () => {
  it('JSON: 5 at the start + 1 new = 6; CSV lists customers per cell', async () => {
    const r = await runInProcess(['migration', ...base, '--from', '2025-07-01', '--to', '2025-10-01', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as { startCustomers: number; newCustomers: number; endCustomers: number };
    expect([m.startCustomers, m.newCustomers, m.endCustomers]).toEqual([5, 1, 6]);
    const c = await runInProcess(['migration', ...base, '--from', '2025-07-01', '--to', '2025-10-01', '--format', 'csv'], dir);
    expect(c.stdout).toContain('Lapsed,Cooling,up,1,80.00,b');
  });
  it('edge cases: --to before --from', async () => {
    const r = await runInProcess(['migration', ...base, '--from', '2025-10-01', '--to', '2025-07-01'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--to must be after --from/);
  });
});

describe('rfm review', () => {
  it('lists the lead whose recorded segment differs from the segment at creation', async () => {
    const r = await runInProcess(['review', ...base, '--period', '2025-Q3', '--leads', 'leads.csv', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lead segment differs from the segment at creation: 1 case');
    expect(r.stdout).toMatch(/L2\s+b\s+Анна\s+2025-07-25\s+Lapsed\s+Active/);
    const j = await runInProcess(['review', ...base, '--period', '2025-Q3', '--format', 'json'], dir);
    expect(JSON.parse(j.stdout)).toMatchObject({ splitOrders: [], leadMoves: [] });
  });
});
