import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger';

describe('createLogger', () => {
  it('writes one JSON line per event and masks every registered secret', () => {
    const lines: string[] = [];
    const log = createLogger({ secrets: ['123456:SECRET-token-value'], write: (l) => lines.push(l), now: () => new Date('2026-11-23T06:00:00Z') });
    log.error('update.failed', { error: new Error('POST https://api.telegram.org/bot123456:SECRET-token-value/sendMessage failed') });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({ t: '2026-11-23T06:00:00.000Z', level: 'error', event: 'update.failed', error: 'Error: POST https://api.telegram.org/bot***/sendMessage failed' });
  });
  describe('edge cases', () => {
    it('ignores empty or too-short secrets instead of masking every character', () => {
      const lines: string[] = [];
      createLogger({ secrets: [undefined, '', 'ab'], write: (l) => lines.push(l) }).info('x', { n: 1 });
      expect(JSON.parse(lines[0])).toMatchObject({ event: 'x', n: 1 });
    });
  });
});
