import { linkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outIsInput, READ_FLAGS } from '../../../cli/io/out-is-input';
import { fixtureDir } from '../harness';

describe('outIsInput: an --out that names a file the command reads', () => {
  const dir = fixtureDir({ 'd.csv': 'a,b\n', '7': 'seven', 'other.csv': 'x\n' });
  linkSync(join(dir, 'd.csv'), join(dir, 'hard.csv'));

  it('is the same file by device and inode, however it is named (a hard link too)', () => {
    expect(outIsInput({ input: 'd.csv', out: 'hard.csv' }, [], dir)?.messageIn('en')).toBe(
      '--out hard.csv is the same file as --input d.csv: the output would replace what it is made from; name another file',
    );
    expect(outIsInput({ config: 'other.csv', out: join(dir, 'other.csv') }, [], dir)?.key).toBe('--out'); // an absolute --out
  });

  it('is no mistake for a new file, stdout, another file, or stdin as the input', () => {
    expect(outIsInput({ input: 'd.csv', out: 'new.csv' }, [], dir)).toBeNull();
    expect(outIsInput({ input: 'd.csv', out: '-' }, [], dir)).toBeNull();
    expect(outIsInput({ input: 'd.csv', out: 'other.csv' }, [], dir)).toBeNull();
    expect(outIsInput({ input: '-', out: 'd.csv' }, [], dir)).toBeNull();
    expect(outIsInput({ input: 'd.csv' }, [], dir)).toBeNull();
  });

  it("reads only the command's own file flags: `rfm demo --customers 7` is a number, not the file 7", () => {
    expect(READ_FLAGS).toContain('customers'); // the KPI commands' --customers FILE
    expect(outIsInput({ customers: '7', out: '7' }, [], dir)).not.toBeNull();
    expect(outIsInput({ customers: '7', out: '7' }, [], dir, ['config'])).toBeNull();
  });
});
