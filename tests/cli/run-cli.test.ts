import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join as nodeJoin } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, ROOT, runInProcess, spawnCli } from './harness';

// Rows (header = row 1): row 5 has an impossible date, row 6 is unpaid, row 7 has no customer at all.
const ROWS = [
  ['Клиент', 'ФИО', 'Дата', 'Сумма', 'Номер заказа', 'Статус', 'Менеджер'],
  ['A', '=HYPERLINK("http://x")', '2025-01-10', '100.00', 'o1', 'оплачен', 'Анна'],
  ['A', '', '2025-02-10', '1 234,56 ₽', 'o2', '', 'Анна'],
  ['B', 'Борис', '10.02.2025', '50', 'o3', 'оплачен', 'Игорь'],
  ['B', 'Борис', '2025-13-01', '70', 'o4', 'оплачен', 'Игорь'],
  ['C', '', '2025-03-01', '30', 'o5', 'не оплачен', ''],
  ['', '', '2025-03-01', '30', 'o6', '', ''],
  ['D', '', '2024-06-01', '200', 'o7', '', ''],
  ['D', '', '2024-06-05', '-200', 'o7', '', ''],
];
const join = (sep: string): string => ROWS.map((r) => r.map((c) => (c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\n') + '\n';

/** Windows-1251 bytes of a text (Cyrillic А..я, Ё/ё and ASCII; ₽ is not in the code page, written as '?'). */
function cp1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 128) bytes.push(c);
    else if (c >= 0x410 && c <= 0x44f) bytes.push(c - 0x410 + 0xc0);
    else if (c === 0x401) bytes.push(0xa8);
    else if (c === 0x451) bytes.push(0xb8);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

const dir = fixtureDir({
  'comma.csv': join(','),
  'tab.tsv': join('\t'),
  'cp1251.csv': cp1251(join(';').replace('₽', 'руб.')),
  'aligned.txt': ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n 00001 19970302  2   20.00\r\n 00003 19970402  1    0.00\r\n',
  'bad-config.json': JSON.stringify({ recency: { method: 'thresholds', cuts: [30, 10, 60, 90] } }),
  'config.json': JSON.stringify({ asOf: '2025-03-12', windowDays: null, language: 'en' }),
  // Ten customers as of 2025-03-12 with the default 365-day window: c1..c6 bought only in 2023 (F = 0, M = 0 in the
  // window), c7..c10 bought 1, 2, 3 and 4 times in it. Six equal values out of ten must share score 1, so F and M
  // scores 2 and 3 stay empty (F=1 → 1 + ⌊5·6/10⌋ = 4, F=2 → 4, F=3 → 5, F=4 → 5).
  'ties.csv':
    'customer,date,amount\n' +
    [1, 2, 3, 4, 5, 6].map((i) => `c${i},2023-01-0${i},10\n`).join('') +
    [7, 8, 9, 10].flatMap((i) => Array.from({ length: i - 6 }, (_, k) => `c${i},2025-0${1 + (k % 2)}-${10 + i + k},${i}0\n`)).join(''),
  'guard.json': JSON.stringify({ spikeGuard: { capMultiple: 2 } }),
  // Row 3 repeats row 2, row 4 has a zero amount, rows 5 and 6 are dated after today (2025-03-12 in these tests).
  'checks.csv': 'customer,date,amount\na,2025-01-10,100\na,2025-01-10,100\nb,2025-01-11,0\nc,2026-01-01,50\nd,2025-04-01,10\n',
  'placeholders.csv': 'customer,date,amount,email,phone\nA,2025-03-12,10,noemail@mail.ru,+79161234567\nB,2025-03-13,20,noemail@mail.ru,+7 (000) 000-00-00\n',
  // 12 walk-in customers typed with the shop's phone, and one customer with two accounts sharing a real phone.
  'shared.csv': 'customer,date,amount,phone\nW0,2025-03-01,100,+7 495 111-22-33\nW1,2025-03-02,101,+7 495 111-22-33\nW2,2025-03-03,102,+7 495 111-22-33\nW3,2025-03-04,103,+7 495 111-22-33\nW4,2025-03-05,104,+7 495 111-22-33\nW5,2025-03-06,105,+7 495 111-22-33\nW6,2025-03-07,106,+7 495 111-22-33\nW7,2025-03-08,107,+7 495 111-22-33\nW8,2025-03-09,108,+7 495 111-22-33\nW9,2025-03-10,109,+7 495 111-22-33\nW10,2025-03-11,110,+7 495 111-22-33\nW11,2025-03-12,111,+7 495 111-22-33\nA,2025-03-20,50,+7 916 123-45-67\nB,2025-03-21,60,8 916 123 45 67\n',
  'currencies.csv': 'Клиент;Дата;Сумма\nA;12.03.2025;1 200 ₽\nB;12.03.2025;$15\nC;12.03.2025;1 000 руб.\n',
  'excel.csv': 'order;customer;date;amount;phone\n1,23457E+11;A1;12.03.2025;100;7,91612E+10\n1,23457E+11;A2;13.03.2025;200;7,91612E+10\n5;1,23457E+11;13.03.2025;300;+79160000000\n',
  'boundary-84.json': JSON.stringify({ sleep: { boundaryDays: 84 } }),
  'shadowed-rules.json': JSON.stringify({
    segments: [
      { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] },
      { name: 'Top', r: [5, 5], f: [5, 5], m: [5, 5] },
    ],
    otherSegment: 'Others',
  }),
});

interface QualityJson {
  totalRows: number;
  usedRows: number;
  rejectedRows: number;
  excludedRows: number;
  customers: number;
  orders: number;
  rejected: { row: number; column: string; value: string; reason: string }[];
  reconciliation: { inputTotal: number; ledgerNet: number; difference: number };
}

function expectAccounted(q: QualityJson): void {
  expect(q.totalRows).toBe(8);
  expect(q.usedRows + q.rejectedRows + q.excludedRows).toBe(q.totalRows);
  expect(q.excludedRows).toBe(1);
  expect(q.rejected.map((r) => r.row)).toEqual([5, 7]);
  expect(q.rejected[0]).toMatchObject({ row: 5, column: 'Дата', value: '2025-13-01' });
  expect(q.reconciliation.difference).toBe(0);
}

describe('rfm quality', () => {
  it('prints one JSON object with every row accounted for and source row numbers', async () => {
    const r = await runInProcess(['quality', '--input', 'comma.csv', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout) as QualityJson;
    expectAccounted(q);
    expect(Object.keys(q)).toEqual(expect.arrayContaining(['customers', 'orders', 'rejected', 'reconciliation']));
  });

  it('reads a semicolon file with a BOM from stdin (--input -) the same way', async () => {
    const r = await runInProcess(['quality', '--input', '-', '--format', 'json'], dir, `\uFEFF${join(';')}`);
    expect(r.code).toBe(0);
    expectAccounted(JSON.parse(r.stdout) as QualityJson);
  });

  it('detects a tab-separated file', async () => {
    const r = await runInProcess(['quality', '--input', 'tab.tsv', '--format', 'json'], dir);
    expectAccounted(JSON.parse(r.stdout) as QualityJson);
  });

  it('reads a whitespace-aligned file (CDNOW layout) by auto-detection and with --delimiter whitespace', async () => {
    for (const extra of [[], ['--delimiter', 'whitespace']]) {
      const r = await runInProcess(['quality', '--input', 'aligned.txt', '--format', 'json', ...extra], dir);
      expect(r.code).toBe(0);
      const q = JSON.parse(r.stdout) as QualityJson;
      expect(q.totalRows).toBe(4);
      expect(q.usedRows).toBe(4);
      expect(q.customers).toBe(3);
      expect(q.reconciliation.ledgerNet).toBe(43.77);
    }
  });

  it('reads a UTF-16 file (Excel\'s "Unicode Text") as its UTF-8 twin, on the main thread and on the reader thread', async () => {
    const tsv = join('\t');
    const d = fixtureDir({ 'u8.txt': tsv, 'u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]) });
    const figures = (text: string) => {
      const q = JSON.parse(text) as QualityJson & { columns: Record<string, string>; customers: number };
      return { totalRows: q.totalRows, usedRows: q.usedRows, rejected: q.rejected, customers: q.customers, reconciliation: q.reconciliation, columns: q.columns };
    };
    const utf8 = await runInProcess(['quality', '--input', 'u8.txt', '--format', 'json'], d);
    const utf16 = await runInProcess(['quality', '--input', 'u16.txt', '--format', 'json', '--encoding', 'cp1251'], d);
    expect(utf16.stderr).toBe('');
    expect(figures(utf16.stdout)).toEqual(figures(utf8.stdout));
    expect(figures(utf16.stdout).columns.date).toBe('Дата');
    const thread = spawnSync(process.execPath, [nodeJoin(ROOT, 'bin/rfm.js'), 'quality', '--input', 'u16.txt', '--format', 'json'], {
      cwd: d,
      env: { ...process.env, RFM_READER_THREAD: '1' },
      encoding: 'utf8',
    });
    expect(thread.status).toBe(0);
    expect(figures(thread.stdout)).toEqual(figures(utf8.stdout));
  });

  it('reads a Windows-1251 file (Russian Excel / 1C export) by detection and with --encoding cp1251', async () => {
    for (const extra of [[], ['--encoding', 'cp1251']]) {
      const r = await runInProcess(['quality', '--input', 'cp1251.csv', '--format', 'json', ...extra], dir);
      expect(r.stderr).toBe('');
      const q = JSON.parse(r.stdout) as QualityJson & { columns: Record<string, string> };
      expectAccounted(q);
      expect(q.columns.date).toBe('Дата');
    }
  });

  it('writes the rejected and excluded rows as formula-safe CSV', async () => {
    const r = await runInProcess(['quality', '--input', 'comma.csv', '--format', 'csv'], dir);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('row,outcome,column,value,reason');
    expect(lines.map((l) => l.split(',')[0]).slice(1)).toEqual(['5', '6', '7']);
  });
});

describe('rfm segments / summary / thresholds / alerts', () => {
  it('segments --format json: one object per customer with the documented keys', async () => {
    const r = await runInProcess(['segments', '--input', 'comma.csv', '--config', 'config.json', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((x) => x.customerId).sort()).toEqual(['A', 'B']);
    for (const key of ['customerId', 'recencyDays', 'frequency', 'monetary', 'r', 'f', 'm', 'code', 'segment', 'track']) {
      expect(rows[0]).toHaveProperty(key);
    }
    const a = rows.find((x) => x.customerId === 'A')!;
    expect(a).toMatchObject({ recencyDays: 30, frequency: 2, monetary: 1334.56 });
  });

  it('segments --format csv keeps a formula-looking name as text', async () => {
    const r = await runInProcess(['segments', '--input', 'comma.csv', '--as-of', '2025-03-12', '--format', 'csv'], dir);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('summary --format json: segment rows and a total that reconciles', async () => {
    const r = await runInProcess(['summary', '--input', 'comma.csv', '--config', 'config.json', '--format', 'json'], dir);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.filter((x) => x.kind === 'segment').length).toBeGreaterThan(0);
    expect(rows.at(-1)).toMatchObject({ kind: 'total', reconciles: true });
  });

  it('thresholds and alerts print JSON objects; the table form names the as-of date', async () => {
    const t = JSON.parse((await runInProcess(['thresholds', '--input', 'comma.csv', '--config', 'config.json', '--format', 'json'], dir)).stdout);
    expect(t).toMatchObject({ asOf: '2025-03-12', scale: 5 });
    expect(Object.keys(t.axes)).toEqual(['recency', 'frequency', 'monetary']);
    const a = JSON.parse((await runInProcess(['alerts', '--input', 'comma.csv', '--config', 'config.json', '--format', 'json'], dir)).stdout);
    expect(a).toHaveProperty('boundary.description');
    expect(Array.isArray(a.customers)).toBe(true);
    const table = await runInProcess(['summary', '--input', 'comma.csv', '--config', 'config.json'], dir);
    expect(table.stdout).toContain('As of 2025-03-12');
  });
});

describe('run warnings: what a user must know before trusting the segments', () => {
  it('a table report prints empty scores and their tie under its header, in the chosen language', async () => {
    const en = await runInProcess(['summary', '--input', 'ties.csv', '--as-of', '2025-03-12', '--lang', 'en'], dir);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    const lines = en.stdout.split('\n');
    expect(lines[2]).toBe(
      '⚠ F: no customer has score 2 or 3: 60% of customers have the same value (0 purchases in the window), and equal values always share a score. ' +
        'For more even groups: thresholds for F, or a window longer than 365 days (windowDays; null = all history).',
    );
    expect(lines[3]).toMatch(/^⚠ M: no customer has score 2 or 3: 60% of customers have the same value \(revenue 0\.00 in the window\)/);
    const ru = await runInProcess(['thresholds', '--input', 'ties.csv', '--as-of', '2025-03-12'], dir);
    expect(ru.stdout).toContain('⚠ F: ни у одного клиента нет баллов 2 или 3: у 60 % клиентов одно и то же значение (0 покупок в окне)');
  });

  it('CSV and JSON stay data: the warnings go to stderr, one line each', async () => {
    const r = await runInProcess(['segments', '--input', 'ties.csv', '--as-of', '2025-03-12', '--format', 'json', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(10);
    const err = r.stderr.trimEnd().split('\n');
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^rfm: warning: F: no customer has score 2 or 3: /);
    expect(err[1]).toMatch(/^rfm: warning: M: /);
  });

  it('a rule that never matches and the codes no rule covers are named with their codes', async () => {
    const r = await runInProcess(['summary', '--input', 'comma.csv', '--config', 'shadowed-rules.json', '--as-of', '2025-03-12', '--lang', 'en', '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    const err = r.stderr.trimEnd().split('\n');
    expect(err[0]).toBe('rfm: warning: Rule #2 "Top" never matches: earlier rules "Champions" take all of its 1 code (R5F5M5).');
    expect(err[1]).toBe(
      'rfm: warning: 117 codes of 125 match no rule and fall to "Others": R1F1M1, R1F1M2, R1F1M3, R1F1M4, R1F1M5, R1F2M1, R1F2M2, R1F2M3, R1F2M4, R1F2M5, R1F3M1, R1F3M2 … (+105).',
    );
  });
});

describe('every choice and every customer shown', () => {
  it('segments lists the customers it could not score, with the reason (D: a sale and its refund net to 0)', async () => {
    const en = await runInProcess(['segments', '--input', 'comma.csv', '--as-of', '2025-03-12', '--lang', 'en'], dir);
    const tail = en.stdout.trimEnd().split('\n').slice(-4); // title, column names, rule, D
    expect(tail[0]).toBe('Not scored: 1 customer (no purchase before the as-of date)');
    expect(tail[3]).toMatch(/^D\s+only refunds or zero orders before the as-of date\s+0\.00$/);
    const ru = await runInProcess(['segments', '--input', 'comma.csv', '--as-of', '2024-06-01'], dir);
    // As of 2024-06-01 nobody has bought yet (D's order is dated that day; C's only row is unpaid, so C is no customer).
    expect(ru.stdout).toContain('Без оценки: 3 клиента (нет покупок до даты расчёта)');
    expect(ru.stdout).toContain('все заказы с даты расчёта и позже');
  });

  it('alerts shows the boundary per segment and per track beside the one used', async () => {
    const en = await runInProcess(['alerts', '--input', 'comma.csv', '--config', 'boundary-84.json', '--as-of', '2025-03-12', '--lang', 'en'], dir);
    const lines = en.stdout.trimEnd().split('\n');
    const at = lines.indexOf('Sleep boundary by segment and track');
    expect(at).toBeGreaterThan(0);
    // A's two orders make the only gap (31 days): far below the 30 gaps an estimate needs, so 84 is used as set.
    expect(lines[at + 3]).toMatch(/^All customers \(used\)\s+84\s+1\s+set by hand$/);
    expect(lines.slice(at + 4).every((l) => /\s—\s+[01]\s+too few gaps: at least 30 needed$/.test(l))).toBe(true);
    expect(lines.slice(at + 4).map((l) => l.split(/\s{2,}/)[0])).toContain('Best active');
    const ru = await runInProcess(['alerts', '--input', 'comma.csv', '--config', 'boundary-84.json', '--as-of', '2025-03-12'], dir);
    expect(ru.stdout).toMatch(/Все клиенты \(используется\)\s+84\s+1\s+задана вручную/);
  });

  it('quality names the rows behind each check: duplicates, zero amounts, future dates', async () => {
    const en = await runInProcess(['quality', '--input', 'checks.csv', '--lang', 'en'], dir);
    const lines = en.stdout.split('\n');
    const at = lines.indexOf('Duplicate rows (kept, check them): 1 · zero amounts: 1 · dated after 2025-03-12: 2');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual(['  duplicates: row 3 = row 2', '  dated after 2025-03-12: rows 5, 6', '  zero amounts: row 4']);
    const ru = await runInProcess(['quality', '--input', 'checks.csv'], dir);
    expect(ru.stdout).toContain('  дубликаты: строка 3 = строка 2\n  даты позже 2025-03-12: строки 5, 6\n  нулевые суммы: строка 4\n');
    // Every duplicate row is in the CSV beside the rejected ones (kept, with the row it repeats).
    const csv = await runInProcess(['quality', '--input', 'checks.csv', '--format', 'csv', '--lang', 'en'], dir);
    expect(csv.stdout.split('\r\n')).toContain('3,duplicate,,,repeats row 2 (kept)');
    const csvRu = await runInProcess(['quality', '--input', 'checks.csv', '--format', 'csv'], dir);
    expect(csvRu.stdout.split('\r\n')).toContain('3,duplicate,,,повторяет строку 2 (учтена)');
  });

  it('quality names the numbers Excel rounded: ids rejected, phones and order ids not used', async () => {
    const en = await runInProcess(['quality', '--input', 'excel.csv', '--lang', 'en'], dir);
    expect(en.stdout).toContain(
      'Rounded by Excel (like 1.23457E+11; format the columns as text and export again), not used:\n' +
        '  phones (no customers merged by them): rows 2, 3\n' +
        '  order ids (each row is an order of its own): rows 2, 3\n',
    );
    expect(en.stdout).toMatch(/4 {2}customer {2}"1,23457E\+11" {2}customer id rounded by Excel/);
    const ru = await runInProcess(['quality', '--input', 'excel.csv'], dir);
    expect(ru.stdout).toContain('  телефоны (клиенты по ним не объединялись): строки 2, 3\n');
    // Row 4's phone is real; rows 2 and 3 carry no placeholder, so that section is absent.
    expect(ru.stdout).not.toContain('Контакты-заглушки');
  });

  it('amounts in two currencies: quality lists them, and every RFM report warns that revenue and M mix them', async () => {
    const q = await runInProcess(['quality', '--input', 'currencies.csv', '--lang', 'en'], dir);
    expect(q.stdout).toContain(
      '⚠ Amounts in 2 currencies were added up as one: RUB — 2 rows, 2,200.00 (e.g. row 2); USD — 1 row, 15.00 (e.g. row 3). Keep one currency in the file, or convert the amounts first.\n',
    );
    const summary = await runInProcess(['summary', '--input', 'currencies.csv', '--as-of', '2025-03-13', '--lang', 'en'], dir);
    expect(summary.stdout.split('\n')[2]).toBe(
      '⚠ Amounts name 2 currencies (RUB, USD) and were added up as one: revenue and M scores mix them. Keep one currency in the data, or convert the amounts first (rows in the quality report).',
    );
    const csv = await runInProcess(['segments', '--input', 'currencies.csv', '--as-of', '2025-03-13', '--format', 'csv'], dir);
    expect(csv.stderr).toContain('rfm: предупреждение: В суммах 2 валюты (RUB, USD), и они сложены как одна');
  });

  it("quality names a contact shared by many accounts (a shop's phone), which merges nobody", async () => {
    const en = await runInProcess(['quality', '--input', 'shared.csv', '--lang', 'en'], dir);
    expect(en.stdout).toContain('Customers: 13 (merged by e-mail/phone: 1)');
    expect(en.stdout).toContain("Shared contacts (a shop's phone, a manager's e-mail?), merged no customers: 74951112233 — 12 accounts\n");
    const ru = await runInProcess(['quality', '--input', 'shared.csv'], dir);
    expect(ru.stdout).toContain('клиентов не объединяли: 74951112233 — 12 учётных записей\n');
  });

  it('quality names placeholder contacts, which merge nobody', async () => {
    const en = await runInProcess(['quality', '--input', 'placeholders.csv', '--lang', 'en'], dir);
    expect(en.stdout).toContain('Customers: 2 (merged by e-mail/phone: 0)');
    expect(en.stdout).toContain(
      'Placeholder contacts, no customers merged by them:\n  e-mails (noemail@…, test@test.ru…): rows 2, 3\n  phones (+7 000 000-00-00, 1234567…): row 3\n',
    );
  });

  it('the spike guard says what it did under the header', async () => {
    const en = await runInProcess(['summary', '--input', 'comma.csv', '--config', 'guard.json', '--as-of', '2025-03-12', '--lang', 'en'], dir);
    expect(en.stdout.split('\n')[2]).toBe("Spike guard: orders above 2× the customer's median capped for the M score: 0 orders; no score changed");
    const ru = await runInProcess(['summary', '--input', 'comma.csv', '--config', 'guard.json', '--as-of', '2025-03-12'], dir);
    expect(ru.stdout.split('\n')[2]).toBe('Защита от всплесков: заказы выше 2× медианы клиента урезаны для балла M: 0 заказов; ни у кого баллы не изменились');
  });
});

describe('user mistakes: one line on stderr, exit code 2', () => {
  const oneLine = (s: string): void => {
    expect(s.trim().split('\n')).toHaveLength(1);
    expect(s).not.toMatch(/\n\s+at /);
  };

  it.each([
    [['quality', '--input', 'comma.csv', '--bogus'], /unknown flag --bogus/],
    [['quality'], /needs --input/],
    [['quality', '--input'], /--input needs a value/],
    [['quality', '--input', 'nope.csv'], /cannot read --input nope\.csv: no such file/],
    [['segments', '--input', 'comma.csv', '--format', 'xml'], /--format must be one of table, csv, json/],
    [['segments', '--input', 'comma.csv', '--config', 'bad-config.json'], /recency\.cuts/],
    [['segments', '--input', 'comma.csv', '--config', 'missing.json'], /cannot read --config missing\.json/],
    [['segments', '--input', 'comma.csv', '--as-of', '2025-02-30'], /--as-of must be a real date/],
    [['quality', '--input', 'comma.csv', '--columns', 'customer=Nope'], /Nope/],
    [['quality', '--input', 'comma.csv', '--delimiter', ';', '--lang', 'en'], /the file's columns are: .*\(read with --delimiter ";"; leave --delimiter out to detect the separator\)\n$/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', async (argv, message) => {
    // English (--lang en, read from the arguments even when they are wrong); the Russian default is below.
    const [command, ...rest] = argv as string[];
    const r = await runInProcess([command, '--lang', 'en', ...rest], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    oneLine(r.stderr);
    expect(r.stdout).toBe('');
  });

  it('the real bin/rfm.js exits 2 with one line and no stack trace', () => {
    const r = spawnCli(['quality', '--input', 'nope.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rfm: не удаётся прочитать --input nope.csv: нет такого файла\n');
    expect(spawnCli(['quality', '--input', 'nope.csv', '--lang', 'en'], dir).stderr).toBe('rfm: cannot read --input nope.csv: no such file\n');
  });

  it.each([
    [['quality', '--input', 'comma.csv', '--bogus'], /^rfm: неизвестный флаг --bogus для "rfm quality"; флаги: "rfm quality --help"\n$/],
    [['quality'], /^rfm: rfm quality: нужен флаг --input \(например, --input sales\.csv\)\n$/],
    [['segments', '--input', 'comma.csv', '--format', 'xml'], /^rfm: --format: допустимо table, csv, json \(задано "xml"\)\n$/],
    [['segments', '--input', 'comma.csv', '--as-of', '2025-02-30'], /^rfm: --as-of: нужна настоящая дата ГГГГ-ММ-ДД или "latest" \(задано "2025-02-30"\)\n$/],
    [['frobnicate'], /^rfm: неизвестная команда "frobnicate"; команды: /],
    [['quality', '--input', 'comma.csv', '--delimiter', 'tab'], /не найдены столбцы: .*\(файл прочитан с --delimiter «tab»; без --delimiter разделитель определяется сам\)\n$/],
  ])('in Russian by default: %j', async (argv, message) => {
    const r = await runInProcess(argv as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it('an --out that is a file the command reads is refused before any work, however it is named', async () => {
    const d = fixtureDir({ 'd.csv': join(','), 'c.json': JSON.stringify({ asOf: '2025-03-12' }) });
    symlinkSync(nodeJoin(d, 'd.csv'), nodeJoin(d, 'link.csv'));
    for (const out of ['d.csv', './d.csv', 'link.csv']) {
      const r = await runInProcess(['segments', '--input', 'd.csv', '--format', 'csv', '--out', out, '--lang', 'en'], d);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`rfm: --out ${out} is the same file as --input d.csv: the output would replace what it is made from; name another file\n`);
    }
    const ru = await runInProcess(['summary', '--input', 'd.csv', '--config', 'c.json', '--out', 'c.json'], d);
    expect(ru.stderr).toBe('rfm: --out c.json — это тот же файл, что и --config c.json: результат заменил бы то, из чего он сделан; укажите другой файл\n');
    const positional = await runInProcess(['config', 'import', 'c.json', '--out', 'c.json', '--lang', 'en'], d);
    expect(positional.stderr).toBe('rfm: --out c.json is the same file as c.json: the output would replace what it is made from; name another file\n');
    expect(readFileSync(nodeJoin(d, 'd.csv'), 'utf8')).toBe(join(','));
    expect(readFileSync(nodeJoin(d, 'c.json'), 'utf8')).toBe(JSON.stringify({ asOf: '2025-03-12' }));
    // Another file, and stdout, are fine.
    expect((await runInProcess(['segments', '--input', 'd.csv', '--as-of', '2025-03-12', '--format', 'csv', '--out', 'seg.csv'], d)).code).toBe(0);
    expect(readFileSync(nodeJoin(d, 'seg.csv'), 'utf8')).toMatch(/^customer_id,/);
  });

  it('the real bin/rfm.js reads stdin and prints JSON (no progress text on stdout)', () => {
    const r = spawnCli(['quality', '--input', '-', '--format', 'json'], dir, join(','));
    expect(r.code).toBe(0);
    expectAccounted(JSON.parse(r.stdout) as QualityJson);
  });
});
