import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { bilingual, UserInputError } from '../../core';
import type { FlagValues } from '../registry';

/** The flags through which the commands read files, wherever a command has them (see Command.readFlags). */
export const READ_FLAGS: readonly string[] = ['input', 'config', 'settings', 'rules', 'targets', 'customers', 'leads'];

/**
 * The mistake of an `--out FILE` that is one of the files the command reads (the values of `readFlags`: `--input`,
 * `--config`, …; or a file named as a positional argument, as `rfm config import config.json` takes), or null. The same file however it is
 * named (`./d.csv`, a symbolic or hard link: same device and inode). Caught before any work: the output would
 * replace the data it is made from, and a rerun would then read the output.
 * @example outIsInput({ input: 'd.csv', out: './d.csv' }, [], '/data')?.messageIn('en')
 *   // → "--out ./d.csv is the same file as --input d.csv: the output would replace what it is made from; name another file"
 */
export function outIsInput(flags: FlagValues, positionals: readonly string[], cwd: string, readFlags = READ_FLAGS): UserInputError | null {
  const out = flags.out;
  if (typeof out !== 'string' || out === '' || out === '-') return null;
  const target = identity(resolve(cwd, out));
  if (target === null) return null; // a new file is no input
  const named: [string, string][] = [];
  for (const flag of readFlags) {
    const value = flags[flag];
    if (typeof value === 'string' && value !== '' && value !== '-') named.push([`--${flag} ${value}`, value]);
  }
  for (const word of positionals) named.push([word, word]);
  for (const [label, path] of named) {
    const read = identity(resolve(cwd, path));
    if (read === null || read !== target) continue;
    return new UserInputError(
      bilingual(
        `--out ${out} — это тот же файл, что и ${label}: результат заменил бы то, из чего он сделан; укажите другой файл`,
        `--out ${out} is the same file as ${label}: the output would replace what it is made from; name another file`,
      ),
      '--out',
    );
  }
  return null;
}

/** A file's device and inode as one key (the same for every name of it), or null when it does not exist. */
function identity(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}
