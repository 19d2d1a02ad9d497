import { describe, expect, it } from 'vitest';
import { SEGMENT_PLAYBOOK, TRACK_PLAYBOOK } from '../../../core/segments/default-playbook';
import { resolveAction } from '../../../core/segments/resolve-action';
import { TRACK_IDS } from '../../../core/segments/types';
import { CLASSIC_PRESET } from '../../../core/segments/classic-preset';

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
  it('the churned track never suggests calls or SMS as a channel (seed 003)', () => {
    expect(TRACK_PLAYBOOK.churned.channel.en).toMatch(/no calls or SMS/);
  });
  it('every entry has both languages and respects the 3-a-week cap', () => {
    for (const e of [...Object.values(TRACK_PLAYBOOK), ...Object.values(SEGMENT_PLAYBOOK)]) {
      for (const t of [e.channel, e.cadence, e.offer]) expect(t.ru && t.en).toBeTruthy();
      expect(e.maxPerWeek).toBeLessThanOrEqual(3);
    }
    for (const r of CLASSIC_PRESET) expect(SEGMENT_PLAYBOOK[r.name]).toBeDefined();
    for (const t of TRACK_IDS) expect(TRACK_PLAYBOOK[t]).toBeDefined();
  });
  describe('edge cases', () => {
    it('a segment named like an Object property is not mistaken for an entry', () => {
      expect(resolveAction('constructor', 'growth', {}).source).toBe('track');
      expect(resolveAction('toString', 'growth', {}).source).toBe('track');
    });
  });
});
