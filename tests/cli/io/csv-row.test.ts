import { describe, expect, it } from 'vitest';
import { CsvRow, decoderFor } from '../../../cli/io/csv-row';

/** Feeds one record whose cells are the comma-separated parts of `text`, in a buffer of its own. */
function record(row: CsvRow, text: string, n: number): Buffer {
  const buf = Buffer.from(text);
  row.begin(buf, new DataView(buf.buffer, buf.byteOffset, buf.length), n);
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 44) {
      row.push(start, i);
      start = i + 1;
    }
  }
  row.end();
  return buf;
}

describe('CsvRow', () => {
  it('keepPrevious: the previous record\'s buffer may be reused once its bytes are kept', () => {
    const row = new CsvRow(decoderFor('utf-8'), true);
    const first = record(row, 'ab,Анна Смирнова,2025-03-12', 2);
    record(row, 'ab,Анна Смирнова,2025-03-13', 3);
    row.keepPrevious();
    first.fill(0); // what a buffer handed to another thread reads as: not the record any more
    expect([row.same(0), row.same(1), row.same(2), row.same(3)]).toEqual([true, true, false, true]);
  });
});
