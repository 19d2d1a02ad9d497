import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderVersionedJsonList as chunks } from '../../../cli/format/render-versioned-json-list';
import { versionedJsonListReference } from '../../helpers/versioned-json-list-reference';

const v = { config: 'c0ffee0000', ledger: 'beef000000' };
/** The whole text (chunks joined). */
const renderVersionedJsonList = (...args: Parameters<typeof chunks>): string => [...chunks(...args)].join('');

describe('renderVersionedJsonList', () => {
  it('one object per line, each with the version last', () => {
    expect(renderVersionedJsonList([{ a: 1 }, { b: 'ж', n: null }], v)).toBe(
      '[\n{"a":1,"version":{"config":"c0ffee0000","ledger":"beef000000"}},\n{"b":"ж","n":null,"version":{"config":"c0ffee0000","ledger":"beef000000"}}\n]\n',
    );
  });
  it('the same text as the obvious way (copy each row with its version, one per line) for any JSON objects', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), (rows) => {
        expect(renderVersionedJsonList(rows, v)).toBe(versionedJsonListReference(rows, v));
      }),
    );
  });
  it('takes any iterable (a generator), reading it once', () => {
    function* rows() {
      yield { a: 1 };
      yield { a: 2 };
    }
    expect(renderVersionedJsonList(rows(), v)).toBe(versionedJsonListReference([{ a: 1 }, { a: 2 }], v));
  });
  it('more rows than one chunk: the same text, in several chunks', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ i, s: 'ж' }));
    expect([...chunks(rows, v)].length).toBeGreaterThan(1);
    expect(renderVersionedJsonList(rows, v)).toBe(versionedJsonListReference(rows, v));
  });
  it('hands out each chunk before reading the rows after it (a big list is never held whole)', () => {
    let read = 0;
    function* rows() {
      for (let i = 0; i < 5000; i++) {
        read++;
        yield { i };
      }
    }
    const it = chunks(rows(), v);
    const first = it.next();
    expect(first.done).toBe(false);
    expect(read).toBeLessThan(2000); // about a thousand rows a chunk
    expect(first.value.startsWith('[\n{"i":0,')).toBe(true);
    expect(first.value + [...it].join('')).toBe(versionedJsonListReference(Array.from({ length: 5000 }, (_, i) => ({ i })), v));
  });
  describe('edge cases', () => {
    it('no rows; an empty object; undefined values; a row that has a version key already; a Date', () => {
      expect(renderVersionedJsonList([], v)).toBe('[]\n');
      const rows = [{}, { a: undefined, b: 1 }, { b: 1, a: undefined }, { version: 'old', z: 1 }, { d: new Date(0) }];
      expect(renderVersionedJsonList(rows, v)).toBe(versionedJsonListReference(rows, v));
      expect(renderVersionedJsonList([{}], v)).toBe('[\n{"version":{"config":"c0ffee0000","ledger":"beef000000"}}\n]\n');
      expect(renderVersionedJsonList([{ version: 'old', z: 1 }], v)).toBe('[\n{"version":{"config":"c0ffee0000","ledger":"beef000000"},"z":1}\n]\n');
    });
  });
});
