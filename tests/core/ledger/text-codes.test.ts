import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextCodes } from '../../../core/ledger/text-codes';

describe('TextCodes', () => {
  it('numbers texts in order of first sight; a text seen again keeps its code', () => {
    const t = new TextCodes();
    expect(t.codeOf('anna@mail.ru')).toBe(0);
    expect(t.codeOf('79001234567')).toBe(1);
    expect(t.codeOf('anna@mail.ru')).toBe(0);
    expect(t.codeOf('')).toBe(2);
    expect(t.size).toBe(3);
    expect(t.texts).toEqual(['anna@mail.ru', '79001234567', '']);
  });

  it('find gives the code without numbering; -1 for a text never seen', () => {
    const t = new TextCodes();
    t.codeOf('Анна');
    expect(t.find('Анна')).toBe(0);
    expect(t.find('анна')).toBe(-1); // case matters: the caller normalises
    expect(t.find('Анна ')).toBe(-1);
    expect(t.size).toBe(1);
  });

  it('keeps every code through many growths (texts that share a slot are told apart by their text)', () => {
    const t = new TextCodes();
    const n = 50_000;
    for (let i = 0; i < n; i++) expect(t.codeOf(`user${i}@mail.ru`)).toBe(i);
    for (let i = 0; i < n; i += 7) expect(t.find(`user${i}@mail.ru`)).toBe(i);
    expect(t.find(`user${n}@mail.ru`)).toBe(-1);
    expect(t.size).toBe(n);
  });

  it('agrees with a Map on any list of texts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 400 }), (texts) => {
        const t = new TextCodes();
        const m = new Map<string, number>();
        for (const s of texts) {
          if (!m.has(s)) m.set(s, m.size);
          expect(t.codeOf(s)).toBe(m.get(s));
        }
        for (const [s, code] of m) expect(t.find(s)).toBe(code);
      }),
    );
  });
});
