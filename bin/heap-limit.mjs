// How much heap the CLI runs with. Node's default limit on V8's old space is about a quarter of the machine's
// memory, and at most ~4 GB: room for every file but the biggest. A file where every row is a new customer holds
// about half a kilobyte of heap per customer while it is read and scored, so an 8M-row one (1 GB) needs more than
// 4 GB, and V8 stopped it with "JavaScript heap out of memory" after a minute of work. For an input that big the
// launcher (bin/rfm.js) starts the CLI again with a limit of three quarters of the machine's memory, unless the
// user chose a limit (`--max-old-space-size` in NODE_OPTIONS or node's own flags).
import os from 'node:os';
import v8 from 'node:v8';
import { inputArgument, inputFile, stdinFileSize } from './input-file.mjs';

/**
 * Heap (bytes) to allow per byte of input before a file counts as too big for the default limit: a bound on what the
 * worst files need. On files where every row is a new customer, `rfm segments` peaked at 4.4 (CSV), 5.1 (JSON) and
 * 6.3 (table) bytes of heap per byte of a 2M-row, 257 MB file, garbage included (V8 collects harder near its limit);
 * an 8M-row one (1,039 MB) ran out of a 4,144 MB heap. Files of customers who come back need far less: 70 MB of
 * heap for the 188 MB, 1M-row demo file.
 */
export const HEAP_PER_INPUT_BYTE = 8;

/** Share of the machine's memory the launcher lets V8's heap reach, when it raises the limit. */
export const HEAP_SHARE_OF_MEMORY = 0.75;

/** Set in the restarted run's environment: it never restarts again, whatever its flags say. */
const RESTARTED = 'RFM_HEAP_RESTARTED';

/**
 * The heap limit (MB, for `--max-old-space-size`) to start the CLI with for this command line, or null to run as
 * started: when the input file could need more heap than the current limit allows and the machine has more
 * memory to give, and the user set no limit of their own. Standard input counts when it is a file (`--input - <
 * data.csv`; the restarted run reads it from the start, as nothing read it before); a pipe's size is unknown, so a
 * big input piped in runs with Node's limit: give it as `--input FILE`.
 * @param {string[]} args the command line after `rfm` @param {Record<string, string | undefined>} env
 * @param {string} cwd @param {string[]} execArgv node's own flags (`process.execArgv`)
 * @param {{ heapLimit?: number, totalMemory?: number, stdinSize?: number | null }} [machine] bytes: V8's current limit,
 * the machine's memory, and what standard input holds (null: not a file)
 * @returns {number | null}
 * @example heapLimitFor(['segments', '--input', 'big.csv'], {}, '.', [], { heapLimit: 4.3e9, totalMemory: 24e9 }) // → 17166 (big.csv of 1 GB)
 */
export function heapLimitFor(args, env, cwd, execArgv, machine = {}) {
  if (env[RESTARTED] === '1') return null; // this is the restarted run
  if ([...execArgv, env.NODE_OPTIONS ?? ''].some((flag) => flag.includes('--max-old-space-size'))) return null;
  const size = inputFile(args, cwd)?.size ?? (inputArgument(args) === '-' ? (machine.stdinSize !== undefined ? machine.stdinSize : stdinFileSize()) : null);
  if (size === null) return null;
  const heapLimit = machine.heapLimit ?? v8.getHeapStatistics().heap_size_limit;
  if (size * HEAP_PER_INPUT_BYTE <= heapLimit) return null;
  const limit = Math.floor(((machine.totalMemory ?? os.totalmem()) * HEAP_SHARE_OF_MEMORY) / 2 ** 20);
  return limit * 2 ** 20 > heapLimit * 1.1 ? limit : null;
}

/**
 * Runs this launcher again as a child process with V8's heap limit at `limitMb`, the same flags, arguments,
 * environment and standard streams, and ends this process as the child ends (its exit code; a signal sent to this
 * process is passed on). When the child still runs out of memory (V8 aborts it), says so in one line after V8's
 * report. Costs one more start of node (~50 ms), for inputs that take seconds at least. The child's environment
 * says it was restarted, so neither it nor anything it starts restarts again.
 * @param {string} launcher this launcher's file @param {number} limitMb @param {string[]} args @param {string} lang 'ru' or 'en'
 * @returns {Promise<void>}
 */
export async function restartWithHeap(launcher, limitMb, args, lang) {
  if (process.env[RESTARTED] === '1') throw new Error('restartWithHeap: this run was restarted already');
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${limitMb}`, launcher, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [RESTARTED]: '1' },
  });
  const pass = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, pass);
  const [code, signal] = await new Promise((resolve) => {
    child.on('exit', (c, s) => resolve([c, s]));
    child.on('error', (error) => {
      process.stderr.write(`rfm: ${error.message}\n`);
      resolve([1, null]);
    });
  });
  if (signal === 'SIGABRT') {
    const gb = (limitMb / 1024).toFixed(1);
    process.stderr.write(
      lang === 'en'
        ? `rfm: out of memory: ${gb} GB of heap (three quarters of this machine's memory) is not enough for this file; run it on a machine with more memory\n`
        : `rfm: не хватило памяти: файлу мало ${gb.replace('.', ',')} ГБ кучи (три четверти памяти этой машины); запустите его на машине с большим объёмом памяти\n`,
    );
  }
  process.exitCode = code ?? 128 + (os.constants.signals[signal] ?? 0);
}
