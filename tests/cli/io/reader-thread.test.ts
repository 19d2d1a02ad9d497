import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { prestartReader, READER_THREAD_MIN_BYTES, takePrestartedReader, useReaderThread } from '../../../bin/reader-thread.mjs';
import { csvLine } from '../../../cli/format/csv-line';
import type { CliContext } from '../../../cli/context';
import { loadLedger } from '../../../cli/io/load-ledger';
import { DEMO_HEADER, generateTransactionRows } from '../../../core';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function context(env: Record<string, string>, cwd: string): CliContext {
  return { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env, nowMs: () => Date.UTC(2025, 2, 12), cwd } as unknown as CliContext;
}

const dir = mkdtempSync(join(tmpdir(), 'rfm-prestart-'));
const lines = [csvLine(DEMO_HEADER, false)];
for (const row of generateTransactionRows({ seed: 21, endDay: 20159, rows: 3000, messyShare: 0.05 })) lines.push(csvLine(row.cells, false));
writeFileSync(join(dir, 'demo.csv'), lines.join('\n') + '\n');
writeFileSync(join(dir, 'other.csv'), 'Клиент,Дата,Сумма\nA,2025-03-01,10\n');
const FORCE = { RFM_READER_THREAD: '1' };

afterEach(async () => {
  // A thread a test left in the slot is stopped: the next test starts from an empty slot.
  const left = await takePrestartedReader(join(dir, 'demo.csv'));
  await left?.terminate();
});

describe('useReaderThread: which files the CLI reads on two threads', () => {
  it('from 32 MB on, unless RFM_READER_THREAD says 0 or 1', () => {
    expect(READER_THREAD_MIN_BYTES).toBe(32 * 1024 * 1024);
    expect(useReaderThread(READER_THREAD_MIN_BYTES, undefined)).toBe(true);
    expect(useReaderThread(READER_THREAD_MIN_BYTES - 1, undefined)).toBe(false);
    expect(useReaderThread(10, '1')).toBe(true);
    expect(useReaderThread(1e9, '0')).toBe(false);
    expect(useReaderThread(1e9, 'yes')).toBe(true);
  });
});

describe('prestartReader / takePrestartedReader: the reader thread started while the CLI loads', () => {
  it('started for --input FILE, taken by the read of that file, which gives the same ledger as one thread', async () => {
    const one = await loadLedger({ input: 'demo.csv', lang: 'en', progress: false, today: 20159 }, context({ RFM_READER_THREAD: '0' }, dir));
    prestartReader(ROOT, ['quality', '--input', 'demo.csv', '--format', 'json'], FORCE, dir);
    const two = await loadLedger({ input: 'demo.csv', lang: 'en', progress: false, today: 20159 }, context(FORCE, dir));
    // Taken: the slot is empty again.
    expect(await takePrestartedReader(join(dir, 'demo.csv'))).toBeNull();
    expect(two.quality.totalRows).toBe(3000);
    expect(two.ledger).toEqual(one.ledger);
    expect(two.quality).toEqual(one.quality);
  }, 60_000);

  it('the short flag and the --input=FILE form name the file too', async () => {
    for (const args of [['segments', '-i', 'demo.csv'], ['segments', '--input=demo.csv']]) {
      prestartReader(ROOT, args, FORCE, dir);
      const worker = await takePrestartedReader(join(dir, 'demo.csv'));
      expect(worker).not.toBeNull();
      await worker?.terminate();
    }
  }, 60_000);

  it('a thread started for another file is not used, and is stopped', async () => {
    prestartReader(ROOT, ['quality', '--input', 'demo.csv'], FORCE, dir);
    expect(await takePrestartedReader(join(dir, 'other.csv'))).toBeNull();
    expect(await takePrestartedReader(join(dir, 'demo.csv'))).toBeNull();
  }, 60_000);

  it('nothing is started for stdin, a missing file, a folder, a small file, no --input, or RFM_READER_THREAD=0', async () => {
    const cases: [string[], Record<string, string>][] = [
      [['quality', '--input', '-'], FORCE],
      [['quality', '--input', 'missing.csv'], FORCE],
      [['quality', '--input', '.'], FORCE],
      [['quality', '--input', 'demo.csv'], {}],
      [['demo'], FORCE],
      [['quality', '--input', 'demo.csv'], { RFM_READER_THREAD: '0' }],
    ];
    for (const [args, env] of cases) {
      prestartReader(ROOT, args, env, dir);
      expect(await takePrestartedReader(join(dir, 'demo.csv'))).toBeNull();
    }
  });

  it('a thread nobody takes does not keep the process alive', () => {
    const script = `import(${JSON.stringify(new URL('../../../bin/reader-thread.mjs', import.meta.url).href)}).then((m) => m.prestartReader(${JSON.stringify(ROOT)}, ['quality', '--input', 'demo.csv'], { RFM_READER_THREAD: '1' }, ${JSON.stringify(dir)}))`;
    // The timeout only keeps a hung process from hanging the suite.
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  }, 70_000);

  it('end to end: `node bin/rfm.js quality` with the thread started by the launcher prints what one thread prints', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/rfm.js'), 'quality', '--input', 'demo.csv', '--format', 'json', '--lang', 'en'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const one = run({ RFM_READER_THREAD: '0' });
    const two = run(FORCE);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  }, 60_000);
});
