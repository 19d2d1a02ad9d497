import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../core';
import { readRecords } from '../../../cli/io/read-records';

async function records(text: string | Buffer, chunk = 7): Promise<[number, string[]][]> {
  const buf = typeof text === 'string' ? Buffer.from(text) : text;
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk)); // split inside UTF-8 sequences too
  const out: [number, string[]][] = [];
  await readRecords(Readable.from(parts), { delimiter: null }, (cells, row) => out.push([row, cells]));
  return out;
}

describe('readRecords', () => {
  it('reads a BOM + CRLF semicolon file with Cyrillic split across chunks', async () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Клиент;Сумма\r\nАнна;1 234,56\r\n')]);
    expect(await records(text)).toEqual([
      [1, ['Клиент', 'Сумма']],
      [2, ['Анна', '1 234,56']],
    ]);
  });

  it('applies RFC 4180 quoting, including a line break inside quotes (one record, numbered at its first line)', async () => {
    const text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1\n';
    expect(await records(text)).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'say "hi"']],
      [3, ['two\nlines', 'z']],
      [5, ['last', '1']],
    ]);
  });

  it('splits whitespace-aligned lines on runs of blanks', async () => {
    expect(await records(' id  date amount\n 00001 19970101   11.77\n')).toEqual([
      [1, ['id', 'date', 'amount']],
      [2, ['00001', '19970101', '11.77']],
    ]);
  });

  describe('edge cases', () => {
    it('passes blank lines on as empty records and reads a last line without a newline', async () => {
      expect(await records('a,b\n\n1,2')).toEqual([
        [1, ['a', 'b']],
        [2, []],
        [3, ['1', '2']],
      ]);
    });
    it('an empty input gives no records', async () => {
      expect(await records('')).toEqual([]);
    });
    it('a quote that is never closed is a UserInputError naming the row', async () => {
      await expect(records('a,b\n"open,1\n2,3\n')).rejects.toThrow(UserInputError);
      await expect(records('a,b\n"open,1\n2,3\n')).rejects.toThrow(/row 2/);
    });
  });
});
