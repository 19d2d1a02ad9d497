import { describe, expect, it } from 'vitest';
import { runInProcess } from '../harness';
import { base, dir } from '../../helpers/kpi-cli-fixture';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLine } from '../../../cli/format/csv-line';
import { DEMO_HEADER, generateTransactionRows } from '../../../core';

/** A folder with 3,000 demo rows under the classic preset (named segments). */
const demoDir = mkdtempSync(join(tmpdir(), 'rfm-migration-'));
writeFileSync(
  join(demoDir, 'demo.csv'),
  [csvLine(DEMO_HEADER, false), ...[...generateTransactionRows({ seed: 5, endDay: 20159, rows: 3000 })].map((r) => csvLine(r.cells, false))].join('\n') + '\n',
);

describe('rfm migration', () => {
  it('JSON: 5 at the start + 1 new = 6; CSV lists customers per cell', async () => {
    const r = await runInProcess(['migration', ...base, '--from', '2025-07-01', '--to', '2025-10-01', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as { startCustomers: number; newCustomers: number; endCustomers: number };
    expect([m.startCustomers, m.newCustomers, m.endCustomers]).toEqual([5, 1, 6]);
    const c = await runInProcess(['migration', ...base, '--from', '2025-07-01', '--to', '2025-10-01', '--format', 'csv'], dir);
    expect(c.stdout).toContain('Lapsed,Cooling,up,1,80.00,b');
  });
  it('table: segments under their display names in the language, new customers apart from a segment called New', async () => {
    const ru = await runInProcess(['migration', '--input', 'demo.csv', '--from', '2024-10-01', '--to', '2024-12-31', '--as-of', '2025-03-12'], demoDir);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain('Чемпионы');
    expect(ru.stdout).toContain('новые клиенты (без покупок до начала)');
    expect(ru.stdout).not.toContain('Champions');
    const en = await runInProcess(['migration', '--input', 'demo.csv', '--from', '2024-10-01', '--to', '2024-12-31', '--lang', 'en'], demoDir);
    expect(en.stdout).toContain('Champions');
    expect(en.stdout).toContain('new customers (no purchase before the start)');
  });
  it('edge cases: --to before --from', async () => {
    const r = await runInProcess(['migration', ...base, '--from', '2025-10-01', '--to', '2025-07-01'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--to должна быть позже --from/);
    const en = await runInProcess(['migration', ...base, '--from', '2025-10-01', '--to', '2025-07-01', '--lang', 'en'], dir);
    expect(en.stderr).toMatch(/--to must be after --from/);
  });
});

