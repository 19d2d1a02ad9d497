import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../core/index';
import type { CliContext } from '../../../cli/context';
import { writeOutput } from '../../../cli/io/write-output';
import { fixtureDir } from '../harness';

function context(stdout: Writable, cwd: string): CliContext {
  return { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: {}, nowMs: () => 0, cwd };
}

describe('writeOutput', () => {
  it('--out FILE: the chunks in order, UTF-8, replacing the file', async () => {
    const dir = fixtureDir({ 'out.csv': 'old text that is longer\n' });
    await writeOutput(['a,ж\r\n', '1,2\r\n'], 'out.csv', context(new PassThrough(), dir));
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('a,ж\r\n1,2\r\n');
  });
  it('no --out (or -): the chunks to stdout in order', async () => {
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (c) => (text += c));
    await writeOutput(['x', 'y', 'z\n'], '-', context(stdout, '/'));
    await writeOutput(['w\n'], undefined, context(stdout, '/'));
    expect(text).toBe('xyz\nw\n');
  });
  describe('edge cases', () => {
    it('an unwritable --out is a UserInputError naming the flag and the reason', async () => {
      const dir = fixtureDir({});
      const error = await writeOutput(['a'], 'no/such/dir/out.csv', context(new PassThrough(), dir)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserInputError);
      expect((error as UserInputError).messageIn('en')).toBe('cannot write --out no/such/dir/out.csv: ENOENT');
      expect((error as UserInputError).messageIn('ru')).toBe('не удаётся записать --out no/such/dir/out.csv: ENOENT');
    });
    it('a reader that went away (EPIPE) ends the output quietly, without writing the rest', async () => {
      const written: string[] = [];
      const stdout = new Writable({
        write(chunk: Buffer, _enc, done) {
          written.push(chunk.toString());
          done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        },
      });
      stdout.on('error', () => {});
      await expect(writeOutput(['a', 'b', 'c'], undefined, context(stdout, '/'))).resolves.toBeUndefined();
      expect(written).toEqual(['a']);
    });
    it('no chunks: an empty file', async () => {
      const dir = fixtureDir({ 'out.txt': 'old' });
      await writeOutput([], 'out.txt', context(new PassThrough(), dir));
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('');
    });
  });
});
