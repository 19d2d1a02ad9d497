// The file a command line names with `--input FILE` (`-i FILE`), for the launcher's decisions made before the
// CLI loads: whether to read it on a second thread (reader-thread.mjs) and how much heap to run with
// (heap-limit.mjs). The CLI parses its flags itself, and reports a missing or unreadable file.
import { fstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * The input file of a command line and its size; null for stdin (`--input -`), no `--input`, or a path that is
 * not a readable file (the CLI reports that).
 * @param {string[]} args the command line after `rfm` @param {string} cwd
 * @returns {{ file: string, size: number } | null}
 * @example inputFile(['segments', '--input', 'data.csv'], '/home/me') // → { file: '/home/me/data.csv', size: 18636176 }
 */
export function inputFile(args, cwd) {
  const input = inputArgument(args);
  if (input === null || input === '-') return null;
  const file = path.resolve(cwd, input);
  try {
    const s = statSync(file);
    return s.isFile() ? { file, size: s.size } : null;
  } catch {
    return null;
  }
}

/**
 * The value of a command line's `--input` (`-i`), as given: `-` for stdin; null without one.
 * @param {string[]} args the command line after `rfm`
 * @returns {string | null}
 * @example inputArgument(['segments', '-i', '-']) // → "-"
 */
export function inputArgument(args) {
  try {
    const input = parseArgs({ args, options: { input: { type: 'string', short: 'i' } }, strict: false, allowPositionals: true }).values.input;
    return typeof input === 'string' && input !== '' ? input : null;
  } catch {
    return null;
  }
}

/**
 * The size (bytes) of what standard input holds when it is a file (`rfm … --input - < data.csv`); null for a pipe
 * or a terminal, whose size nobody knows before reading it.
 * @returns {number | null}
 * @example stdinFileSize() // → 18636176 under `< data.csv`, null under `cat data.csv |`
 */
export function stdinFileSize() {
  try {
    const s = fstatSync(0);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}
