import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../harness';

// The checkout's sibling ../shared (never copied into the project).
const DATASETS = resolve(__dirname, '../../../../shared/datasets');
const CDNOW = resolve(DATASETS, 'cdnow/CDNOW_master.txt');
const present = existsSync(CDNOW);
if (!present) console.log(`skipping the CDNOW CLI test: ${CDNOW} is absent (../shared is not beside this checkout)`);

describe.skipIf(!present)('rfm quality on CDNOW_master.txt (whitespace-aligned, CRLF, auto-detected)', () => {
  it('accounts for 69,659 rows and 23,570 customers with net revenue 2,500,315.63', async () => {
    const r = await runInProcess(['quality', '--input', CDNOW, '--format', 'json'], process.cwd());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout);
    expect(q.totalRows).toBe(69_659);
    expect(q.usedRows + q.rejectedRows + q.excludedRows).toBe(69_659);
    expect(q.customers).toBe(23_570);
    expect(q.reconciliation.ledgerNet).toBe(2_500_315.63);
    expect(q.reconciliation.difference).toBe(0);
  });
});
