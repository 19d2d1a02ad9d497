import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiDigitsKey, digitsKey, digitsText } from '../../../core/ledger/digits-key';
import { normalizeId } from '../../../core/ledger/normalize-id';
import { NOT_SIMPLE } from '../../../core/ledger/not-simple';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('digitsKey', () => {
  it('keys ids of 1–14 digits by length and value, and nothing else', () => {
    expect(digitsKey('17')).toBe(2e14 + 17);
    expect(digitsKey('00017')).toBe(5e14 + 17);
    expect(digitsKey('99999999999999')).toBe(14e14 + 99999999999999);
    expect([digitsKey(''), digitsKey('123456789012345'), digitsKey('17.0'), digitsKey(' 17'), digitsKey('C17')]).toEqual([-1, -1, -1, -1, -1]);
  });

  it('digitsText gives back the text of any key', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,14}$/), (s) => digitsText(digitsKey(s)) === s));
  });

  it('asciiDigitsKey reads a cell\'s bytes as digitsKey(normalizeId(text)) reads its text, or leaves it (NOT_SIMPLE)', () => {
    expect(asciiDigitsKey(bytes('1001'), 0, 4)).toBe(4e14 + 1001);
    expect(asciiDigitsKey(bytes(''), 0, 0)).toBe(-1);
    expect([asciiDigitsKey(bytes(' 1001'), 0, 5), asciiDigitsKey(bytes('1001.0'), 0, 6), asciiDigitsKey(bytes('A1'), 0, 2)]).toEqual([NOT_SIMPLE, NOT_SIMPLE, NOT_SIMPLE]);
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{0,16}$/), fc.string({ maxLength: 8 })), (s) => {
        const b = bytes(s);
        const k = asciiDigitsKey(b, 0, b.length);
        return k === NOT_SIMPLE || k === digitsKey(normalizeId(s));
      }),
    );
  });
});
