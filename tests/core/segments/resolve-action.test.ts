import { describe, expect, it } from 'vitest';
import { SEGMENT_PLAYBOOK, TRACK_PLAYBOOK } from '../../../core/segments/default-playbook';
import { resolveAction } from '../../../core/segments/resolve-action';

describe('resolveAction', () => {
  it('built-in segment entry first, then the track default', () => {
    expect(resolveAction('Lost', 'churned', {})).toEqual({ ...SEGMENT_PLAYBOOK.Lost, source: 'segment' });
    expect(resolveAction('My VIPs', 'best', {})).toEqual({ ...TRACK_PLAYBOOK.best, source: 'track' });
  });
  it('config overrides win field by field, by segment name or track id', () => {
    const a = resolveAction('Lost', 'churned', { Lost: { channel: 'Telegram', offer: { ru: 'промокод', en: 'promo code' } } });
    expect(a).toEqual({ ...SEGMENT_PLAYBOOK.Lost, channel: { ru: 'Telegram', en: 'Telegram' }, offer: { ru: 'промокод', en: 'promo code' }, source: 'config' });
    expect(resolveAction('Whatever', 'asleep', { asleep: { maxPerWeek: 1 } })).toMatchObject({ maxPerWeek: 1, cadence: TRACK_PLAYBOOK.asleep.cadence, source: 'config' });
  });
  describe('edge cases', () => {
    it('a segment named like an Object property is not mistaken for an entry', () => {
      expect(resolveAction('constructor', 'growth', {}).source).toBe('track');
      expect(resolveAction('toString', 'growth', {}).source).toBe('track');
    });
  });
});
