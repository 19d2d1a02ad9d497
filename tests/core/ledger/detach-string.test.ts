import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detachString } from '../../../core/ledger/detach-string';

describe('detachString', () => {
  it('gives an equal string', () => {
    const chunk = 'customer,ivan.petrov@mail.ru,Подарочные сертификаты\n';
    const cut = chunk.slice(9, 28);
    expect(detachString(cut)).toBe('ivan.petrov@mail.ru');
  });
  describe('edge cases', () => {
    it('short and empty strings come back as they are', () => {
      expect(detachString('')).toBe('');
      expect(detachString('abc')).toBe('abc');
    });
  });
  it('equal for any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(detachString(s)).toBe(s);
      }),
    );
  });
});
