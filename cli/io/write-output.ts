import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bilingual, UserInputError } from '../../core';
import type { CliContext } from '../context';

/** A piece of a command's output: text, or text already encoded as UTF-8 (see CsvBytes). */
export type OutputChunk = string | Uint8Array;

/**
 * The text of output chunks, joined: for tests and small outputs (a big one is written chunk by chunk).
 * @example outputText(['a,', Buffer.from('б\r\n')]) // → "a,б\r\n"
 */
export function outputText(chunks: Iterable<OutputChunk>): string {
  return Buffer.concat(Array.from(chunks, (c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))).toString('utf8');
}

/**
 * Writes a command's result to `--out FILE` (created or replaced) or to stdout. A big result can come as
 * chunks (see `TextChunks`, `CsvBytes`), written one at a time, so a 50 MB output is never one string nor one buffer (a
 * buffer that size makes V8 collect the whole heap, the ledger included); a generator's chunks are made one by one
 * as the previous is written, so the whole output is never held at all. A file that cannot be written is a
 * UserInputError (exit 2) naming the file and the reason; a reader that goes away (`rfm … | head`) ends the
 * writing quietly.
 *
 * @example await writeOutput(['a,b\r\n', '1,2\r\n'], 'out.csv', ctx) // writes out.csv
 */
export async function writeOutput(text: string | Iterable<OutputChunk>, out: string | boolean | undefined, ctx: CliContext): Promise<void> {
  const chunks = typeof text === 'string' ? [text] : text;
  if (typeof out === 'string' && out !== '' && out !== '-') {
    const file = resolve(ctx.cwd, out);
    try {
      await writeFile(file, chunks, 'utf8');
    } catch (error) {
      // The file system's refusals (EACCES, ENOSPC, EISDIR…) are the user's to fix; anything else is a failure
      // while making the output, and is reported as one.
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
      throw new UserInputError(bilingual(`не удаётся записать --out ${out}: ${code}`, `cannot write --out ${out}: ${code}`), '--out');
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
    if (!piped) return; // the reader went away: nothing more to say
  }
}
