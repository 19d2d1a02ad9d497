import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../core';
import { bilingual } from '../../core/ledger/bilingual';

describe('UserInputError', () => {
  it('a message written in both languages keeps both in `message` and gives one with messageIn', () => {
    const e = new UserInputError(bilingual('нет столбца «Сумма»', 'no column "Сумма"'), 'columns');
    expect(e.message).toBe('нет столбца «Сумма» / no column "Сумма"');
    expect(e.messageIn('ru')).toBe('нет столбца «Сумма»');
    expect(e.messageIn('en')).toBe('no column "Сумма"');
    expect(e.key).toBe('columns');
  });
  describe('edge cases', () => {
    it('a message written once is the same in both languages', () => {
      const e = new UserInputError('--input is required');
      expect(e.messageIn('ru')).toBe('--input is required');
      expect(e.texts).toBeUndefined();
    });
  });
});
