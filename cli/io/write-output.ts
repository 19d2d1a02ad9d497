import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserInputError } from '../../core';
import type { CliContext } from '../context';

/**
 * Writes a command's result to `--out FILE` (created or replaced) or to stdout.
 * A file that cannot be written is a UserInputError (exit 2) naming the file and the reason.
 */
export async function writeOutput(text: string, out: string | boolean | undefined, ctx: CliContext): Promise<void> {
  if (typeof out === 'string' && out !== '' && out !== '-') {
    const file = resolve(ctx.cwd, out);
    try {
      await writeFile(file, text, 'utf8');
    } catch (error) {
      throw new UserInputError(`cannot write --out ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, '--out');
    }
    return;
  }
  await new Promise<void>((done, fail) => {
    ctx.stdout.write(text, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? fail(error) : done()));
  });
}
