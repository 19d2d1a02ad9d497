import { describe, expect, it } from 'vitest';
import { runInProcess } from '../harness';
import { base, dir } from '../../helpers/kpi-cli-fixture';

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

