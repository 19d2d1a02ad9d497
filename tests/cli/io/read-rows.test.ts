import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../../cli/format/csv-line';
import { readRecords } from '../../../cli/io/read-records';
import { readRows } from '../../../cli/io/read-rows';
import { CellCodes, CellsRow, createIngester, DEMO_HEADER, digitsKey, generateTransactionRows, normalizeId, NOT_SIMPLE, type Cell } from '../../../core';

function stream(text: string | Buffer, chunk: number): Readable {
  const buf = typeof text === 'string' ? Buffer.from(text) : text;
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
  return Readable.from(parts);
}

/** What the ingester asks of a row, asked of a byte view and of a cells view of the same row. */
interface Answers {
  length: number;
  cells: Cell[];
  empty: boolean[];
  same: boolean[];
  amount: number[];
  date: number[];
  /** Each column's id key (digitsKey of the normalised id), from the view's idKey where it answers. */
  id: number[];
  /** Each column's code, numbered by a codes object per view and column (equal cell sequences, equal numbers). */
  code: number[];
}

type Asked = Pick<CellsRow, 'length' | 'cell' | 'isEmpty' | 'same' | 'amount' | 'dateCode' | 'code' | 'idKey'>;

function ask(view: Asked, width: number, codes: CellCodes[]): Answers {
  const cols = Array.from({ length: width + 1 }, (_, c) => c); // one column past the end too
  while (codes.length < cols.length) codes.push(new CellCodes());
  return {
    length: view.length,
    cells: cols.map((c) => view.cell(c)),
    empty: cols.map((c) => view.isEmpty(c)),
    same: cols.map((c) => view.same(c)),
    amount: cols.map((c) => view.amount(c)),
    date: cols.map((c) => view.dateCode(c, false, 'UTC')),
    id: cols.map((c) => {
      const k = view.idKey(c);
      return k === NOT_SIMPLE ? digitsKey(normalizeId(view.cell(c))) : k;
    }),
    code: cols.map((c) => {
      const code = view.code(c, codes[c]);
      expect(codes[c].cell(code)).toBe(view.cell(c));
      return code;
    }),
  };
}

describe('readRows: the byte view answers exactly what the cells view answers', () => {
  it('a small file, cell by cell', async () => {
    const text = 'Клиент,Дата,Сумма,Статус\nA,2025-03-12,"1 200,50",оплачен\nA,2025-03-12,5000.00,оплачен\n,,,\nB,12.03.2025,-3000,возврат\n';
    const got: [number, string[]][] = [];
    await readRows(stream(text, 5), { delimiter: null }, (row) => got.push([row.row, row.texts()]));
    expect(got).toEqual([
      [1, ['Клиент', 'Дата', 'Сумма', 'Статус']],
      [2, ['A', '2025-03-12', '1 200,50', 'оплачен']],
      [3, ['A', '2025-03-12', '5000.00', 'оплачен']],
      [4, ['', '', '', '']],
      [5, ['B', '12.03.2025', '-3000', 'возврат']],
    ]);
  });

  it('only a quote that starts a cell quotes it; elsewhere it is a character (every chunk size)', async () => {
    const text = 'h1,h2,h3\nA,x"y,"q,1"\n"B",,"\nC,5"\n';
    for (let chunk = 1; chunk <= text.length; chunk++) {
      const got: string[][] = [];
      await readRows(stream(text, chunk), { delimiter: ',' }, (row) => got.push(row.texts()));
      expect(got).toEqual([
        ['h1', 'h2', 'h3'],
        ['A', 'x"y', 'q,1'],
        ['B', '', '\nC,5'], // the quote opening the third cell runs to the next line's closing quote
      ]);
    }
  });

  it('records cut by a chunk end, quoted cells spanning lines there, while the separator is still being guessed: each read once (every chunk size)', async () => {
    // 24 records: the guess waits for 20 (see detect-delimiter), so early chunks are held back whole; records
    // 3 and 21 have a quoted cell spanning two lines, which a chunk end may cut anywhere.
    const lines = ['id;name;amount'];
    for (let i = 1; i <= 23; i++) lines.push(i === 3 || i === 21 ? `${i};"two\nlines ${i}";${i}0` : `${i};name ${i};${i}0`);
    const text = `${lines.join('\n')}\n`;
    const whole: [number, string[]][] = [];
    await readRows(stream(text, text.length), { delimiter: null }, (row) => whole.push([row.row, row.texts()]));
    expect(whole).toHaveLength(24);
    expect(whole[3]).toEqual([4, ['3', 'two\nlines 3', '30']]);
    expect(whole[4][0]).toBe(6); // the record after it starts on line 6
    for (let chunk = 1; chunk <= text.length; chunk += chunk < 40 ? 1 : 7) {
      const got: [number, string[]][] = [];
      await readRows(stream(text, chunk), { delimiter: null }, (row) => got.push([row.row, row.texts()]));
      expect(got, `chunks of ${chunk} bytes`).toEqual(whole);
    }
  });

  it('long quoted cells spanning lines where the separator guess stops waiting (1 MB): each record read once', async () => {
    // Six records of ~250 KB, each with a line break inside its quoted cell: the guess has fewer than 20 records
    // until 1 MB is held, and a chunk end may fall inside any of them.
    const lines = ['id;note;amount'];
    for (let i = 1; i <= 6; i++) lines.push(`${i};"${'x'.repeat(125_000)}\n${'y'.repeat(125_000)}";${i}0`);
    const text = `${lines.join('\n')}\n`;
    const whole: [number, number][] = [];
    await readRows(stream(text, text.length), { delimiter: null }, (row) => whole.push([row.row, row.texts().join('').length]));
    expect(whole.map(([r]) => r)).toEqual([1, 2, 4, 6, 8, 10, 12]);
    for (let chunk = 50_000; chunk < 700_000; chunk += 46_912) {
      const got: [number, number][] = [];
      await readRows(stream(text, chunk), { delimiter: null }, (row) => got.push([row.row, row.texts().join('').length]));
      expect(got, `chunks of ${chunk} bytes`).toEqual(whole);
    }
  });

  it('lines ended by CR alone (Excel for Mac) are lines, at any chunk size', async () => {
    const text = 'Клиент;Дата;Сумма\rA;12.03.2025;"1\r200"\rB;13.03.2025;200\r';
    for (let chunk = 3; chunk <= text.length; chunk++) {
      const got: [number, string[]][] = [];
      await readRows(stream(text, chunk), { delimiter: null }, (row) => got.push([row.row, row.texts()]));
      expect(got).toEqual([
        [1, ['Клиент', 'Дата', 'Сумма']],
        [2, ['A', '12.03.2025', '1\n200']],
        [4, ['B', '13.03.2025', '200']],
      ]);
    }
  });

  it('Excel\'s ="00123" is the text 00123, in any cell and at any chunk size; a lone = stays a character', async () => {
    const text = 'id;date;amount\n="00123";="12.03.2025";="1 200,50"\n=5;a="b";="x""y"\n';
    for (let chunk = 1; chunk <= text.length; chunk++) {
      const got: string[][] = [];
      await readRows(stream(text, chunk), { delimiter: ';' }, (row) => got.push(row.texts()));
      expect(got).toEqual([
        ['id', 'date', 'amount'],
        ['00123', '12.03.2025', '1 200,50'],
        ['=5', 'a="b"', 'x"y'],
      ]);
    }
  });

  it('property: for any table (quotes, blanks, Cyrillic, amounts, dates) and any chunking, every answer matches', async () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '\u00a0', 'A', 'Анна', 'a,b', 'say "hi"', 'two\nlines', '5000.00', '-12.5', '1 234,56', '$12', '2025-03-12', '2025-03-12 10:00', '12.03.2025', '20250312', 'x'),
      fc.string({ maxLength: 6 }),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 40 }), async (rows, chunk) => {
        const text = 'h\n' + rows.map((r) => csvLine(r, false)).join('\n') + '\n';
        const cellsView = new CellsRow();
        const expected: Answers[] = [];
        const width = Math.max(...rows.map((r) => r.length));
        // The cells a CSV reader must produce: the written cells, CRLF inside cells read as LF.
        const cellCodes: CellCodes[] = [];
        for (const r of rows) expected.push(ask(cellsView.next(r.map((c) => c.replace(/\r\n/g, '\n'))), width, cellCodes));
        const got: Answers[] = [];
        const byteCodes: CellCodes[] = [];
        await readRows(stream(text, chunk), { delimiter: ',' }, (row) => {
          if (row.row > 1) got.push(ask(row, width, byteCodes));
        });
        // The first data row's "previous row" is the header for the file and nothing for the cells view.
        expect(got.map(firstSameAside)).toEqual(expected.map(firstSameAside));
      }),
      { numRuns: 300 },
    );
  });

  it('fingerprints: equal rows (trailing empty cells aside) share one, different rows do not', async () => {
    const text = 'a,b,c\n1,"x,y",z\n1,"x,y",z,,\n"1",x,"y,z"\n1,x,y,z\n';
    const prints: number[] = [];
    await readRows(stream(text, 3), { delimiter: null }, (row) => {
      if (row.row > 1) prints.push(row.fingerprint());
    });
    expect(prints[0]).toBe(prints[1]);
    expect(new Set(prints).size).toBe(3);
  });

  it('fingerprints: the same change made twice in a row does not cancel out (bytes and cells alike)', async () => {
    // Two real demo rows that a multiply-only hash once took for duplicates: they differ in price and amount only.
    const row = (price: string) =>
      ['1931001', '2023-04-06 20:55', '101931', 'Александр Соколов', 'aleksandr.sokolov.1931@yandex.ru', '+7 901 540-71-27', 'Дмитрий Козлов', 'телефон', 'Аксессуары', '1', price, price, 'оплачен', ''];
    const rows = [row('1190.00'), row('1990.00')];
    const bytes: number[] = [];
    await readRows(stream('h\n' + rows.map((r) => r.join(',')).join('\n') + '\n', 64), { delimiter: ',' }, (row) => {
      if (row.row > 1) bytes.push(row.fingerprint());
    });
    expect(bytes[0]).not.toBe(bytes[1]);
    const view = new CellsRow();
    const cells = rows.map((r) => view.next(r).fingerprint());
    expect(cells[0]).not.toBe(cells[1]);
  });

  describe('edge cases', () => {
    it('a Windows-1251 file is decoded as such, its amounts still read from bytes', async () => {
      const cp1251 = Buffer.from([0xca, 0xeb, 0xe8, 0xe5, 0xed, 0xf2, 0x3b, 0x53, 0x0a, 0xc0, 0x3b, 0x31, 0x32, 0x2e, 0x35, 0x0a]); // Клиент;S\nА;12.5\n
      const got: [string[], number][] = [];
      await readRows(stream(cp1251, 4), { delimiter: null }, (row) => got.push([row.texts(), row.amount(1)]));
      expect(got[0][0]).toEqual(['Клиент', 'S']);
      expect(got[1]).toEqual([['А', '12.5'], 1250]);
    });
    it('a record with more cells than the view has room for', async () => {
      const wide = Array.from({ length: 700 }, (_, i) => String(i)).join(',');
      const got: string[][] = [];
      await readRows(stream(`${wide}\n${wide}\n`, 1000), { delimiter: ',' }, (row) => got.push(row.texts()));
      expect(got[1]).toHaveLength(700);
      expect(got[1][699]).toBe('699');
    });
    it('blank cells are told apart from the rest past the 31st cell, and after a blank-looking first byte, in UTF-8 and Windows-1251', async () => {
      // Cells 0-39 cycle through: empty, a space, NBSP, NBSP then a letter, a space then a letter, a letter, Cyrillic.
      const kinds = ['', ' ', '\u00a0', '\u00a0x', ' x', 'x', 'Ы'];
      const cells = Array.from({ length: 40 }, (_, i) => kinds[i % kinds.length]);
      const blank = cells.map((c) => c.trim() === '');
      for (const encoding of ['utf-8', 'windows-1251'] as const) {
        const line = `${cells.join(';')};z\n`;
        const bytes = encoding === 'utf-8' ? Buffer.from(line) : Buffer.from(new TextEncoderCp1251().encode(line));
        const got: boolean[][] = [];
        await readRows(stream(bytes, 7), { delimiter: ';', encoding }, (row) => got.push(cells.map((_, c) => row.isEmpty(c))));
        expect(got, encoding).toEqual([blank]);
      }
    });
  });
});

function firstSameAside(a: Answers, i: number): Answers {
  return i === 0 ? { ...a, same: [] } : a;
}

describe('CSV → ledger: the byte path and the cells path give the same ledger and report', () => {
  it('on 3,000 demo rows with messy cells', async () => {
    const lines = [csvLine(DEMO_HEADER, false)];
    const cells: Cell[][] = [];
    for (const row of generateTransactionRows({ seed: 7, endDay: 20159, rows: 3000, messyShare: 0.05 })) {
      lines.push(csvLine(row.cells, false));
      cells.push(row.cells as Cell[]);
    }
    const text = lines.join('\n') + '\n';
    const options = { today: 20159 };

    const viaCells = createIngester(DEMO_HEADER as Cell[], options);
    await readRecords(stream(text, 4096), { delimiter: null }, (record, row) => {
      if (row > 1) viaCells.add(record);
    });
    let viaBytes: ReturnType<typeof createIngester> | null = null;
    await readRows(stream(text, 4096), { delimiter: null }, (row) => {
      if (viaBytes) viaBytes.addRow(row);
      else viaBytes = createIngester(row.texts(), options);
    });
    const a = viaCells.finish();
    const b = (viaBytes as unknown as ReturnType<typeof createIngester>).finish();
    expect(b.quality.totalRows).toBe(3000);
    expect(b.quality.rejectedRows).toBeGreaterThan(0);
    expect(b.ledger).toEqual(a.ledger);
    expect(b.quality).toEqual(a.quality);
  });

  it('order ids of digits (read as numbers from bytes) join, split and merge as their texts do', async () => {
    // Hand-worked: 0042 is one order of customer 1 over rows 2 and 3 (" 0042 " is read as text, the same id);
    // customer 3 also has an order 0042 (a shared id: another order); account 2 shares customer 1's e-mail, so
    // its 0042 joins customer 1's: 10 + 5 − 3 = 12.00 over rows 2, 3, 5. 42 is not 0042.
    const text = [
      'Номер заказа,Клиент,Дата,Сумма,E-mail',
      '0042,1,2025-03-12,10,ann@mail.ru',
      '" 0042 ",1,2025-03-12,5,ann@mail.ru',
      '0042,3,2025-03-12,7,bob@mail.ru',
      '0042,2,2025-03-11,-3,ann@mail.ru',
      '42,1,2025-03-13,1,ann@mail.ru',
    ].join('\n');
    const viaCells = createIngester(text.split('\n')[0].split(','));
    await readRecords(stream(text, 16), { delimiter: null }, (record, row) => {
      if (row > 1) viaCells.add(record);
    });
    let viaBytes: ReturnType<typeof createIngester> | null = null;
    await readRows(stream(text, 16), { delimiter: null }, (row) => {
      if (viaBytes) viaBytes.addRow(row);
      else viaBytes = createIngester(row.texts());
    });
    const a = viaCells.finish();
    const b = (viaBytes as unknown as ReturnType<typeof createIngester>).finish();
    expect(b.ledger.customers.map((c) => c.orders.map((o) => [o.id, o.netCents, o.lineRows ?? [o.row]]))).toEqual([
      [
        ['0042', 1200, [2, 3, 5]],
        ['42', 100, [6]],
      ],
      [['0042', 700, [4]]],
    ]);
    expect(b.quality.sharedOrderIds).toBe(2);
    expect(b.ledger).toEqual(a.ledger);
    expect(b.quality).toEqual(a.quality);
  });

  it('on 80,000 rows of mostly one-off customers (the byte index gives up on them), returning ones at the end', async () => {
    // 78,000 customers buy once (ids, e-mails, phones and names all distinct: the byte codes stop indexing
    // those columns at 65,536 cells), then 2,000 of the first come back with another spelling of their
    // e-mail and phone, so identity must still join them by value, not by code.
    const lines = ['Клиент,Дата,Сумма,E-mail,Телефон,ФИО'];
    for (let i = 0; i < 78_000; i++) lines.push(`C${i},2025-01-${String(1 + (i % 28)).padStart(2, '0')},${100 + (i % 900)}.00,u${i}@x.ru,+7 900 ${String(1_000_000 + i).slice(1)},Имя ${i}`);
    for (let i = 0; i < 2000; i++) lines.push(`N${i},2025-02-01,50.00, U${i}@X.RU ,8900${String(1_000_000 + i).slice(1)},Имя ${i} `);
    const text = lines.join('\n') + '\n';
    const viaCells = createIngester(lines[0].split(','));
    await readRecords(stream(text, 1 << 16), { delimiter: null }, (record, row) => {
      if (row > 1) viaCells.add(record);
    });
    let viaBytes: ReturnType<typeof createIngester> | null = null;
    await readRows(stream(text, 1 << 16), { delimiter: null }, (row) => {
      if (viaBytes) viaBytes.addRow(row);
      else viaBytes = createIngester(row.texts());
    });
    const a = viaCells.finish();
    const b = (viaBytes as unknown as ReturnType<typeof createIngester>).finish();
    expect(b.ledger.customers).toHaveLength(78_000);
    expect(b.ledger.merges).toHaveLength(2000);
    expect(b.ledger.customers.find((c) => c.id === 'C1999')).toMatchObject({ ids: ['C1999', 'N1999'], name: 'Имя 1999', email: 'u1999@x.ru' });
    expect(b.ledger).toEqual(a.ledger);
    expect(b.quality).toEqual(a.quality);
  }, 60_000);
});

/** Windows-1251 for the few characters these tests write: ASCII, NBSP and Cyrillic letters. */
class TextEncoderCp1251 {
  encode(text: string): Uint8Array {
    return Uint8Array.from([...text], (ch) => {
      const c = ch.codePointAt(0) as number;
      if (c < 0x80) return c;
      if (c === 0xa0) return 0xa0;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      throw new Error(`not written by this test: ${ch}`);
    });
  }
}
