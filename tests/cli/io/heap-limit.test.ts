import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEAP_PER_INPUT_BYTE, HEAP_SHARE_OF_MEMORY, heapLimitFor } from '../../../bin/heap-limit.mjs';
import { inputArgument, inputFile } from '../../../bin/input-file.mjs';

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
    expect([inputArgument(['quality', '-i', '-']), inputArgument(['quality', '--input=a.csv']), inputArgument(['quality'])]).toEqual(['-', 'a.csv', null]);
  });
});

describe('heapLimitFor: when the launcher gives V8 more heap', () => {
  it(`an input that may need more than the limit (${HEAP_PER_INPUT_BYTE} bytes of heap a byte) gets ${HEAP_SHARE_OF_MEMORY * 100}% of the memory`, () => {
    expect(heapLimitFor(['segments', '--input', 'big.csv'], {}, dir, [], machine)).toBe(Math.floor((24 * 1024 * HEAP_SHARE_OF_MEMORY)));
    expect(heapLimitFor(['segments', '--input', 'small.csv'], {}, dir, [], machine)).toBeNull();
    expect(heapLimitFor(['segments', '--input', '-'], {}, dir, [], { ...machine, stdinSize: null })).toBeNull(); // a pipe
  });

  it('standard input counts by its size when it is a file (`--input - < big.csv`), not when it is a pipe', () => {
    expect(heapLimitFor(['segments', '--input', '-'], {}, dir, [], { ...machine, stdinSize: 2 * GB })).toBe(Math.floor(24 * 1024 * HEAP_SHARE_OF_MEMORY));
    expect(heapLimitFor(['segments', '--input', '-'], {}, dir, [], { ...machine, stdinSize: 1000 })).toBeNull();
    expect(heapLimitFor(['segments', '--input', '-'], {}, dir, [], { ...machine, stdinSize: null })).toBeNull();
    expect(heapLimitFor(['segments'], {}, dir, [], { ...machine, stdinSize: 2 * GB })).toBeNull(); // no --input: stdin is not read
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

  it('for standard input redirected from a big file, the same', () => {
    const expected = heapLimitFor(['quality', '--input', '-'], {}, dir, [], { stdinSize: 2 * GB });
    const stdin = openSync(join(dir, 'big.csv'), 'r');
    try {
      const run = spawnSync(process.execPath, [RFM, 'quality', '--input', '-', '--delimiter', 'XYZ', '--lang', 'en'], {
        cwd: dir,
        env: { ...process.env, RFM_DEBUG: '1', NODE_OPTIONS: '' },
        encoding: 'utf8',
        stdio: [stdin, 'pipe', 'pipe'],
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--delimiter must be one of');
      if (expected !== null) expect(run.stderr).toContain(`restarting with --max-old-space-size=${expected}`);
    } finally {
      closeSync(stdin);
    }
  }, 60_000);
});

describe('restartWithHeap: the child run', () => {
  const HEAP = new URL('../../../bin/heap-limit.mjs', import.meta.url).href;
  /** Runs restartWithHeap from a launcher script of its own, with `child` (a script) as what it restarts. */
  const restart = (child: string, lang: string) => {
    const tag = Math.random().toString(36).slice(2);
    const childFile = join(dir, `child-${tag}.mjs`);
    const parentFile = join(dir, `parent-${tag}.mjs`);
    writeFileSync(childFile, child);
    writeFileSync(parentFile, `import { restartWithHeap } from ${JSON.stringify(HEAP)};\nawait restartWithHeap(${JSON.stringify(childFile)}, 64, ['a', 'b'], ${JSON.stringify(lang)});\n`);
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
    delete env.RFM_HEAP_RESTARTED;
    return spawnSync(process.execPath, [parentFile], { encoding: 'utf8', env, timeout: 30_000 });
  };

  it("gets the limit, the arguments and an environment that forbids a second restart; its exit code is the launcher's", () => {
    const run = restart(
      "import v8 from 'node:v8'; console.log(process.argv.slice(2).join(' '), v8.getHeapStatistics().heap_size_limit < 200 * 2 ** 20, process.env.RFM_HEAP_RESTARTED); process.exit(3);",
      'en',
    );
    expect(run.stdout).toBe('a b true 1\n');
    expect(run.status).toBe(3);
    expect(heapLimitFor(['segments', '--input', 'big.csv'], { RFM_HEAP_RESTARTED: '1' }, dir, [], machine)).toBeNull();
  });

  it("when the child is aborted (as V8 does when the heap runs out), one line in the user's language says so", () => {
    const en = restart('process.abort();', 'en');
    expect(en.status).toBe(134);
    expect(en.stderr).toContain("rfm: out of memory: 0.1 GB of heap (three quarters of this machine's memory) is not enough for this file");
    const ru = restart('process.abort();', 'ru');
    expect(ru.stderr).toContain('rfm: не хватило памяти: файлу мало 0,1 ГБ кучи');
  });
});
