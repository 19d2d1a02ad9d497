import { chmodSync, createReadStream, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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
    it('a failure half-way leaves the previous file whole, and no temporary file behind', async () => {
      const dir = fixtureDir({ 'out.csv': 'yesterday,s\r\n' });
      function* chunks(): Generator<string> {
        yield 'a,b\r\n';
        throw new Error('render failed');
      }
      await expect(writeOutput(chunks(), 'out.csv', context(new PassThrough(), dir))).rejects.toThrow('render failed');
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('yesterday,s\r\n');
      expect(readdirSync(dir)).toEqual(['out.csv']);
    });
    it('a replaced file keeps its permissions; a new one gets the usual ones', async () => {
      const dir = fixtureDir({ 'out.csv': 'old' });
      chmodSync(join(dir, 'out.csv'), 0o640);
      await writeOutput(['new'], 'out.csv', context(new PassThrough(), dir));
      expect(statSync(join(dir, 'out.csv')).mode & 0o777).toBe(0o640);
      await writeOutput(['new'], 'fresh.csv', context(new PassThrough(), dir));
      expect(statSync(join(dir, 'fresh.csv')).mode & 0o777).toBe(0o666 & ~process.umask());
    });
    it('a symbolic link is followed: the file it points at is replaced, the link stays', async () => {
      const dir = fixtureDir({ 'real.csv': 'old' });
      symlinkSync(join(dir, 'real.csv'), join(dir, 'link.csv'));
      await writeOutput(['new'], 'link.csv', context(new PassThrough(), dir));
      expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new');
      expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv']);
    });
    it('a named pipe is written in place, not replaced by a file', async () => {
      const dir = fixtureDir({});
      const pipe = join(dir, 'pipe');
      execFileSync('mkfifo', [pipe]);
      const read = new Promise<string>((done) => {
        let text = '';
        createReadStream(pipe, 'utf8')
          .on('data', (c) => (text += c))
          .on('end', () => done(text));
      });
      await writeOutput(['a,', 'b\n'], 'pipe', context(new PassThrough(), dir));
      expect(await read).toBe('a,b\n');
      expect(lstatSync(pipe).isFIFO()).toBe(true);
    });
    it('no chunks: an empty file', async () => {
      const dir = fixtureDir({ 'out.txt': 'old' });
      await writeOutput([], 'out.txt', context(new PassThrough(), dir));
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('');
    });
  });
});
