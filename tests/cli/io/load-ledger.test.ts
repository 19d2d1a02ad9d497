import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../../cli/format/csv-line';
import { loadLedger } from '../../../cli/io/load-ledger';
import type { CliContext } from '../../../cli/context';
import { DEMO_HEADER, generateTransactionRows, orderRows, UserInputError } from '../../../core';

function context(env: Record<string, string>, cwd: string): CliContext {
  return { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env, nowMs: () => Date.UTC(2025, 2, 12), cwd } as unknown as CliContext;
}

const dir = mkdtempSync(join(tmpdir(), 'rfm-load-'));
const lines = [csvLine(DEMO_HEADER, false)];
for (const row of generateTransactionRows({ seed: 11, endDay: 20159, rows: 4000, messyShare: 0.05 })) lines.push(csvLine(row.cells, false));
// Quoted cells spanning two lines: the rows after them keep their file line numbers. Records 512, 513 and
// 1536 end and start the reader thread's first, short batches (512, 1024… records).
for (const i of [3, 512, 513, 1536]) lines.splice(i, 1, lines[i].replace(/^([^,]*),/, '"$1\nсо второй строки",'));
writeFileSync(join(dir, 'demo.csv'), lines.join('\n') + '\n');
// As real exports come: sorted by date, each customer's cells on rows far apart; several batches of the
// reader thread, thousands of distinct ids, e-mails and names (the thread numbers them, this one maps them).
const byDate = [csvLine(DEMO_HEADER, false)];
const sorted = [...generateTransactionRows({ seed: 12, endDay: 20159, rows: 40_000, messyShare: 0.05 })].sort((a, b) => a.sortKey - b.sortKey);
for (const row of sorted) byDate.push(csvLine(row.cells, false));
writeFileSync(join(dir, 'by-date.csv'), byDate.join('\n') + '\n');
// A 1C-style export: a title and the date made above the header, semicolons, a decimal comma in the title.
writeFileSync(join(dir, 'titled.csv'), 'Отчёт о продажах, март 2025\nСформирован 01.04.2025\n\nКлиент;Дата;Сумма\n1001;12.03.2025;1 234,56\n1002;13.03.2025;100\n');
// Empty cells every way a file has them: nothing between separators, spaces, a no-break space, a quoted
// blank, a record shorter than the header, a blank line, and a column after the mapped ones.
writeFileSync(
  join(dir, 'blanks.csv'),
  [
    'Клиент,Дата,Сумма,Менеджер,Канал,Заметки',
    'A,2025-03-01,10,Анна,,x', // channel empty
    'B,2025-03-02,20,  ,сайт', // manager spaces; no notes cell at all
    '',
    'C,2025-03-03,30,\u00a0,"  "', // manager a no-break space, channel a quoted blank
    ',2025-03-04,40', // customer empty, manager and channel past the record's end
    'D,2025-03-05,50,Олег,офис,,,',
  ].join('\n') + '\n',
);
writeFileSync(join(dir, 'book.xlsx'), Buffer.from('PK\x03\x04\x14\x00\x00\x00[Content_Types].xml', 'latin1'));
writeFileSync(join(dir, 'open-quote.csv'), 'Клиент,Дата,Сумма\nA,2025-03-12,"10\nB,2025-03-12,20\n');

describe('loadLedger: on one thread and with a reader thread, the same ledger and report', () => {
  it('4,000 messy demo rows, multi-line quoted cells among them (some where the first batches end)', async () => {
    const options = { input: 'demo.csv', lang: 'ru' as const, progress: false, today: 20159 };
    const one = await loadLedger(options, context({ RFM_READER_THREAD: '0' }, dir));
    const two = await loadLedger(options, context({ RFM_READER_THREAD: '1' }, dir));
    expect(two.quality.totalRows).toBe(4000);
    expect(two.ledger).toEqual(one.ledger);
    expect(two.quality).toEqual(one.quality);
    // The reader thread finds the duplicate rows itself; they must be the ones the ingester finds on one thread.
    expect(one.quality.duplicates?.rows).toBeGreaterThan(0);
    expect(two.quality.duplicates).toEqual(one.quality.duplicates);
    // The report lists the records that span lines, by their first and last line, on both paths alike.
    expect(one.quality.multiLineRows).toEqual({
      rows: 4,
      sample: [
        { row: 4, lastLine: 5 },
        { row: 514, lastLine: 515 },
        { row: 516, lastLine: 517 },
        { row: 1540, lastLine: 1541 },
      ],
    });
    // Row numbers are the file's lines: the record at line 4 spans lines 4-5, the next record is line 6.
    const rows = one.ledger.orders.flatMap((o) => orderRows(o)).sort((a, b) => a - b);
    expect(rows).not.toContain(5);
  }, 60_000);

  it('40,000 messy rows sorted by date (7 MB: a dozen batches of the reader thread, thousands of distinct customers)', async () => {
    const options = { input: 'by-date.csv', lang: 'en' as const, progress: false, today: 20159 };
    const one = await loadLedger(options, context({ RFM_READER_THREAD: '0' }, dir));
    const two = await loadLedger(options, context({ RFM_READER_THREAD: '1' }, dir));
    expect(two.quality.totalRows).toBe(40_000);
    // The reader thread numbering the few-valued columns and reading amounts, dates and order ids for this one
    // (as it does when this thread lags), on every batch or every other: the same answers.
    for (const help of ['always', 'alternate']) {
      const helped = await loadLedger(options, context({ RFM_READER_THREAD: '1', RFM_READER_HELP: help }, dir));
      expect(helped.ledger, help).toEqual(one.ledger);
      expect(helped.quality, help).toEqual(one.quality);
    }
    expect(one.ledger.customers.length).toBeGreaterThan(2000);
    // The duplicate rows are exactly the lines seen before (trailing empty cells aside), counted as text: the
    // fingerprints of both paths find them all and no more (a weaker hash once took three different rows for
    // duplicates here: "…,1190.00,1190.00,…" and "…,1990.00,1990.00,…").
    const seen = new Set<string>();
    let duplicates = 0;
    for (const line of byDate.slice(1)) {
      const key = line.replace(/,+$/, '');
      if (seen.has(key)) duplicates++;
      else seen.add(key);
    }
    expect(one.quality.duplicates?.rows).toBe(duplicates);
    expect(two.ledger).toEqual(one.ledger);
    expect(two.quality).toEqual(one.quality);
  }, 60_000);

  it('the reader thread helping on every other batch, dates read month first: the same ledger and report', async () => {
    for (const dateOrder of ['dmy', 'mdy'] as const) {
      const options = { input: 'demo.csv', lang: 'en' as const, progress: false, today: 20159, dateOrder };
      const one = await loadLedger(options, context({ RFM_READER_THREAD: '0' }, dir));
      for (const help of ['never', 'alternate', 'always']) {
        const two = await loadLedger(options, context({ RFM_READER_THREAD: '1', RFM_READER_HELP: help }, dir));
        expect(two.ledger, `${dateOrder} ${help}`).toEqual(one.ledger);
        expect(two.quality, `${dateOrder} ${help}`).toEqual(one.quality);
      }
    }
  }, 60_000);

  it('without the quality checks (commands that show no quality report): the same ledger and report on both paths, duplicates null, completeness not counted', async () => {
    const options = { input: 'demo.csv', lang: 'en' as const, progress: false, today: 20159 };
    const checked = await loadLedger(options, context({ RFM_READER_THREAD: '0' }, dir));
    expect(checked.quality.duplicates?.rows).toBeGreaterThan(0);
    for (const thread of ['0', '1']) {
      const skipped = await loadLedger({ ...options, qualityChecks: false }, context({ RFM_READER_THREAD: thread }, dir));
      expect(skipped.quality.duplicates).toBeNull();
      expect(skipped.quality.completeness).toEqual([]);
      expect(skipped.ledger).toEqual(checked.ledger);
      const { duplicates, completeness, completenessPass } = checked.quality;
      expect({ ...skipped.quality, duplicates, completeness, completenessPass }).toEqual(checked.quality);
    }
  }, 60_000);

  it('a row repeated after 70,000 one-off customers (where the customer and e-mail columns stop being numbered by text) is a duplicate on both paths', async () => {
    const rows = ['Клиент,Дата,Сумма,E-mail'];
    for (let i = 0; i < 70_000; i++) rows.push(`C${i},2025-01-${String(1 + (i % 28)).padStart(2, '0')},${100 + (i % 50)}.00,u${i}@mail.ru`);
    rows.push(rows[60_001], rows[60_001]); // customer C60000, source row 60,002, twice more: rows 70,002 and 70,003
    writeFileSync(join(dir, 'one-off-repeated.csv'), rows.join('\n') + '\n');
    for (const thread of ['0', '1']) {
      const r = await loadLedger({ input: 'one-off-repeated.csv', lang: 'en', progress: false }, context({ RFM_READER_THREAD: thread }, dir));
      expect(r.quality.duplicates, `RFM_READER_THREAD=${thread}`).toEqual({
        rows: 2,
        sample: [
          { row: 70_002, sameAs: 60_002 },
          { row: 70_003, sameAs: 60_002 },
        ],
      });
    }
  }, 60_000);

  describe('edge cases', () => {
    it('one column feeding several fields (the e-mail as the customer id and as the e-mail)', async () => {
      const options = { input: 'by-date.csv', lang: 'en' as const, progress: false, today: 20159, columns: { customer: 'E-mail', email: 'E-mail' } };
      const one = await loadLedger(options, context({ RFM_READER_THREAD: '0' }, dir));
      const two = await loadLedger(options, context({ RFM_READER_THREAD: '1' }, dir));
      expect(one.ledger.customers[0].id).toContain('@');
      expect(two.ledger).toEqual(one.ledger);
      expect(two.quality).toEqual(one.quality);
    }, 60_000);

    it('empty cells for the completeness report, counted by hand, on both paths', async () => {
      const options = { input: 'blanks.csv', lang: 'en' as const, progress: false };
      for (const thread of ['0', '1']) {
        const r = await loadLedger(options, context({ RFM_READER_THREAD: thread }, dir));
        const empty = Object.fromEntries(r.quality.completeness.map((c) => [c.field, c.emptyRows]));
        // Five non-blank rows: customer empty in one; manager blank in rows 3, 5 and 6; channel in 2, 5 and 6.
        expect([r.quality.totalRows, empty]).toEqual([5, { customer: 1, date: 0, amount: 0, manager: 3, channel: 3 }]);
      }
    }, 60_000);

    it('title lines above the header are passed over and named, on both paths', async () => {
      const options = { input: 'titled.csv', lang: 'ru' as const, progress: false };
      for (const thread of ['0', '1']) {
        const r = await loadLedger(options, context({ RFM_READER_THREAD: thread }, dir));
        expect(r.delimiter).toBe(';');
        expect(r.aboveHeader).toEqual([
          { row: 1, text: 'Отчёт о продажах, март 2025' },
          { row: 2, text: 'Сформирован 01.04.2025' },
        ]);
        expect([r.quality.totalRows, r.quality.usedRows, r.ledger.netCents]).toEqual([2, 2, 133456]);
        expect(r.ledger.orders.map((o) => orderRows(o))).toEqual([[5], [6]]); // row numbers stay the file's lines
      }
    }, 60_000);

    it('a workbook passed as --input is the same bilingual user mistake on both paths', async () => {
      const options = { input: 'book.xlsx', lang: 'en' as const, progress: false };
      for (const thread of ['0', '1']) {
        const error = await loadLedger(options, context({ RFM_READER_THREAD: thread }, dir)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UserInputError);
        expect((error as UserInputError).messageIn('en')).toMatch(/^this is an Excel or OpenDocument workbook \(or a zip archive\), not CSV text: save the sheet as CSV/);
        expect((error as UserInputError).messageIn('ru')).toMatch(/^это книга Excel или OpenDocument/);
      }
    }, 60_000);

    it('a quote never closed is the same user mistake on both paths', async () => {
      const options = { input: 'open-quote.csv', lang: 'en' as const, progress: false };
      await expect(loadLedger(options, context({ RFM_READER_THREAD: '0' }, dir))).rejects.toThrow(UserInputError);
      await expect(loadLedger(options, context({ RFM_READER_THREAD: '1' }, dir))).rejects.toThrow(/row 2: a quoted cell is never closed/);
    }, 60_000);
  });
});
