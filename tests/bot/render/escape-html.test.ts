import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../bot/render/escape-html';
import { parseTelegramHtml } from '../emulators/telegram-html';

describe('escapeHtml', () => {
  it('escapes &, <, > and quotes so Telegram shows the text as it is', () => {
    expect(escapeHtml('<b>&Co</b>')).toBe('&lt;b&gt;&amp;Co&lt;/b&gt;');
    expect(parseTelegramHtml(`<b>${escapeHtml('<b>&Co</b>')}</b>`)).toEqual({ ok: true, text: '<b>&Co</b>' });
  });
  describe('edge cases', () => {
    it('leaves ordinary text (Cyrillic, emoji) alone and escapes already-escaped text again', () => {
      expect(escapeHtml('Ёлка 🎄')).toBe('Ёлка 🎄');
      expect(escapeHtml('&amp;')).toBe('&amp;amp;');
      expect(escapeHtml('"x"')).toBe('&quot;x&quot;');
    });
  });
});
