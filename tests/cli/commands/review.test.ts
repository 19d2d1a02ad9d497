import { describe, expect, it } from 'vitest';
import { runInProcess } from '../harness';
import { base, dir } from '../../helpers/kpi-cli-fixture';

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
