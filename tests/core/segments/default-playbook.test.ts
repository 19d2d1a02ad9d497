import { describe, expect, it } from 'vitest';
import { CLASSIC_PRESET } from '../../../core/segments/classic-preset';
import { SEGMENT_PLAYBOOK, TRACK_PLAYBOOK } from '../../../core/segments/default-playbook';
import { TRACK_NAMES } from '../../../core/segments/track-names';
import { TRACK_IDS } from '../../../core/segments/types';

describe('default playbook', () => {
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
    it('every track has a name in both languages', () => {
      for (const t of TRACK_IDS) expect(TRACK_NAMES[t].ru && TRACK_NAMES[t].en).toBeTruthy();
    });
  });
});
