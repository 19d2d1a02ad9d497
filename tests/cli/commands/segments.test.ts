import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runInProcess } from '../harness';

const ORDERS = resolve(__dirname, '../../../../shared/datasets/rfm-demo/rfm_data_orders.csv');
const present = existsSync(ORDERS);
if (!present) console.log(`skipping the rfm-demo CLI test: ${ORDERS} is absent (../shared is not beside this checkout)`);

describe.skipIf(!present)('rfm segments on the R rfm package demo orders', () => {
  it("gives Abbey O'Reilly recency 205, frequency 6, monetary 472 as of 2006-12-31 over all history", async () => {
    const dir = fixtureDir({ 'config.json': JSON.stringify({ asOf: '2006-12-31', windowDays: null }) });
    const r = await runInProcess(['segments', '--input', ORDERS, '--config', 'config.json', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as { customerId: string; recencyDays: number; frequency: number; monetary: number }[];
    expect(rows).toHaveLength(995);
    expect(rows.find((c) => c.customerId === "Abbey O'Reilly")).toMatchObject({ recencyDays: 205, frequency: 6, monetary: 472 });
  });
});
