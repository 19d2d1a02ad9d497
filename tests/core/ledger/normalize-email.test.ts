import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeEmail } from '../../../core/ledger/normalize-email';

describe('normalizeEmail', () => {
  it('lower-cases and trims', () => {
    expect(normalizeEmail('  Ivan.Petrov@Mail.RU ')).toBe('ivan.petrov@mail.ru');
    expect(normalizeEmail('mailto:a@b.co')).toBe('a@b.co');
  });
  describe('edge cases', () => {
    it.each(['', 'нет', 'a@b', '@b.ru', 'a@@b.ru', 'a b@c.ru', 'a@b.'])('%j is not an e-mail', (s) => {
      expect(normalizeEmail(s)).toBe('');
    });
    it('non-text cells are not e-mails', () => {
      expect(normalizeEmail(12)).toBe('');
      expect(normalizeEmail(null)).toBe('');
    });
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void normalizeEmail(s)));
  });
});
