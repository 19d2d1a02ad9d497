import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEAP_PER_INPUT_BYTE, HEAP_SHARE_OF_MEMORY, heapLimitFor } from '../../../bin/heap-limit.mjs';
import { inputFile } from '../../../bin/input-file.mjs';

const RFM = fileURLToPath(new URL('../../../bin/rfm.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rfm-heap-'));
const SMALL = 'Клиент,Дата,Сумма\nA,2025-03-01,10\n';
writeFileSync(join(dir, 'small.csv'), SMALL);
/** A file of 2 GB that takes no disk (sparse): only its size is read before the CLI would open it. */
writeFileSync(join(dir, 'big.csv'), '');
truncateSync(join(dir, 'big.csv'), 2 * 1024 ** 3);
const GB = 1024 ** 3;
const machine = { heapLimit: 4.3 * GB, totalMemory: 24 * GB };

describe('inputFile: the --input of a command line, for the launcher', () => {
  it('--input FILE, -i FILE and --input=FILE, resolved from the folder; null for stdin, no flag or no file', () => {
    expect(inputFile(['quality', '--input', 'small.csv'], dir)).toEqual({ file: join(dir, 'small.csv'), size: Buffer.byteLength(SMALL) });
    expect(inputFile(['quality', '-i', 'small.csv'], dir)?.file).toBe(join(dir, 'small.csv'));
    expect(inputFile(['quality', '--input=small.csv'], dir)?.size).toBe(Buffer.byteLength(SMALL));
    expect(inputFile(['quality', '--input', '-'], dir)).toBeNull();
    expect(inputFile(['quality'], dir)).toBeNull();
    expect(inputFile(['quality', '--input', 'missing.csv'], dir)).toBeNull();
    expect(inputFile(['quality', '--input', '.'], dir)).toBeNull(); // a folder
  });
});

describe('heapLimitFor: when the launcher gives V8 more heap', () => {
  it(`an input that may need more than the limit (${HEAP_PER_INPUT_BYTE} bytes of heap a byte) gets ${HEAP_SHARE_OF_MEMORY * 100}% of the memory`, () => {
    expect(heapLimitFor(['segments', '--input', 'big.csv'], {}, dir, [], machine)).toBe(Math.floor((24 * 1024 * HEAP_SHARE_OF_MEMORY)));
    expect(heapLimitFor(['segments', '--input', 'small.csv'], {}, dir, [], machine)).toBeNull();
    expect(heapLimitFor(['segments', '--input', '-'], {}, dir, [], machine)).toBeNull();
  });

  it('never when the user chose a limit, or the machine has no more memory to give', () => {
    expect(heapLimitFor(['segments', '--input', 'big.csv'], { NODE_OPTIONS: '--max-old-space-size=2048' }, dir, [], machine)).toBeNull();
    expect(heapLimitFor(['segments', '--input', 'big.csv'], {}, dir, ['--max-old-space-size=9000'], machine)).toBeNull();
    // A 4 GB machine: Node's own limit (~1 GB) is as much as three quarters of it would give, near enough.
    expect(heapLimitFor(['segments', '--input', 'big.csv'], {}, dir, [], { heapLimit: 2.9 * GB, totalMemory: 4 * GB })).toBeNull();
  });
});

describe('the launcher restarts for a big input', () => {
  it('with the bigger limit, passing on the arguments, the streams and the exit code', () => {
    const expected = heapLimitFor(['quality', '--input', 'big.csv'], {}, dir, []);
    // A bad flag stops the CLI before it opens the (empty) file: what is left to see is the restart itself.
    const run = spawnSync(process.execPath, [RFM, 'quality', '--input', 'big.csv', '--delimiter', 'XYZ', '--lang', 'en'], {
      cwd: dir,
      env: { ...process.env, RFM_DEBUG: '1', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--delimiter must be one of');
    if (expected === null) console.log('heap-limit test: this machine gives no more heap than Node does, so the launcher does not restart here');
    else expect(run.stderr).toContain(`restarting with --max-old-space-size=${expected}`);
  }, 60_000);
});
