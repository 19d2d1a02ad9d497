import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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
 * as the previous is written, so the whole output is never held at all. A file is replaced whole or not at all
 * (see {@link replaceFile}): a run that fails half-way (a full disk, a bug) leaves the previous output as it was.
 * A file that cannot be written is a
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
      await replaceFile(file, chunks);
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

/**
 * Writes `chunks` to `file` so that it holds either its old bytes or all the new ones, never part of them: they
 * go to a hidden file beside it (`.NAME.rfm-PID-RANDOM.tmp`), renamed over `file` once complete and removed if
 * anything fails. The replaced file keeps its permissions; a symbolic link is followed (the file it points at is
 * replaced, the link stays). Written in place instead: a path that is no regular file (`/dev/null`, a named pipe,
 * `/dev/stdout`), which a rename would replace; and an existing file in a directory where no new file can be made.
 * @example await replaceFile('/tmp/out.csv', ['a,b\r\n']) // /tmp/out.csv holds "a,b\r\n"
 */
export async function replaceFile(file: string, chunks: Iterable<OutputChunk>): Promise<void> {
  let target = file;
  let mode: number | null = null;
  try {
    target = await realpath(file);
    const info = await stat(target);
    if (!info.isFile()) return await writeFile(target, chunks);
    mode = info.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // a new file (or a link to none)
  }
  const temp = join(dirname(target), `.${basename(target)}.rfm-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, [], { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file the user may write in a directory they may not: the old way, in place.
    if (mode !== null && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')) return await writeFile(target, chunks);
    throw error;
  }
  try {
    await writeFile(temp, chunks);
    if (mode !== null) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
