import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserInputError } from '../core';
import type { CliContext } from './context';

/**
 * {@link writeOutput} for a text given in chunks (see `TextChunks`): to `--out FILE` (created or replaced) or
 * stdout, one chunk at a time, so a 50 MB output is never one string nor one buffer (a buffer that size
 * makes V8 collect the whole heap, the ledger included). A file that cannot be written is a UserInputError
 * (exit 2) naming the file and the reason, as with writeOutput.
 *
 * @example await writeOutputChunks(['a,b\r\n', '1,2\r\n'], 'out.csv', ctx) // writes out.csv
 */
export async function writeOutputChunks(chunks: readonly string[], out: string | boolean | undefined, ctx: CliContext): Promise<void> {
  if (typeof out === 'string' && out !== '' && out !== '-') {
    const file = resolve(ctx.cwd, out);
    try {
      await writeFile(file, chunks, 'utf8');
    } catch (error) {
      throw new UserInputError(`cannot write --out ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, '--out');
    }
    return;
  }
  for (const chunk of chunks) {
    const piped = await new Promise<boolean>((done, fail) => {
      ctx.stdout.write(chunk, (error) => {
        const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
        if (error && code !== 'EPIPE') fail(error);
        else done(!error);
      });
    });
    if (!piped) return; // the reader went away (`rfm segments … | head`): nothing more to say
  }
}
