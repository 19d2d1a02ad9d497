import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCsvSource } from '../../../bot/data/csv-source';
import { csvLine } from '../../../cli/format/csv-line';
import { DEMO_HEADER, generateTransactionRows } from '../../../core';

const dir = mkdtempSync(join(tmpdir(), 'rfm-bot-csv-'));
const file = join(dir, 'tx.csv');
const lines = [csvLine(DEMO_HEADER, false)];
for (const row of generateTransactionRows({ seed: 4, endDay: 20159, rows: 2000, messyShare: 0.05 })) lines.push(csvLine(row.cells, false));
writeFileSync(file, lines.join('\n') + '\n');
const saved = process.env.RFM_READER_THREAD;

describe('the bot CSV source reads a file as the CLI does', () => {
  afterEach(() => {
    if (saved === undefined) delete process.env.RFM_READER_THREAD;
    else process.env.RFM_READER_THREAD = saved;
  });

  it('on one thread and on the reader thread (big files), the same ledger and row counts', async () => {
    const options = { timeZone: 'Europe/Moscow', today: 20159 };
    process.env.RFM_READER_THREAD = '0';
    const one = await createCsvSource(file).load(options);
    process.env.RFM_READER_THREAD = '1';
    const two = await createCsvSource(file).load(options);
    expect(one.rows.total).toBe(2000);
    expect(two.rows).toEqual(one.rows);
    expect(two.ledger).toEqual(one.ledger);
  }, 60_000);
});
