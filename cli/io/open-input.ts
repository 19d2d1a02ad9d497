import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { cannotRead } from '../file-mistakes';
import type { CliContext } from '../context';

/** An opened input: the byte stream, its size when known (files), and how to name it in messages. */
export interface OpenedInput {
  stream: Readable;
  size: number | null;
  label: string;
  /** The file's absolute path; null for stdin. */
  path: string | null;
}

/**
 * Opens `--input FILE` (relative to the working directory) or stdin for `-`. A missing, unreadable
 * or folder path is a UserInputError naming the path and the reason.
 */
export async function openInput(path: string, ctx: CliContext): Promise<OpenedInput> {
  if (path === '-') return { stream: ctx.stdin, size: null, label: 'stdin', path: null };
  const file = resolve(ctx.cwd, path);
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    return { stream: createReadStream(file, { highWaterMark: 1 << 20 }), size: s.size, label: path, path: file };
  } catch (error) {
    throw cannotRead('--input', path, (error as NodeJS.ErrnoException).code);
  }
}
