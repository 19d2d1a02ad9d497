import { tierRange } from './score-tier';
import { TRACK_NAMES } from './track-names';
import type { SegmentRule, TrackId } from './types';

/**
 * The BILLZ-style rule table (seed 003): one segment per track, built from score tiers so it works on any
 * scale and always agrees with `trackOf`. On the 3-point scale it is:
 *
 * | Segment               | R   | F   | M   | seed 003 codes  |
 * |-----------------------|-----|-----|-----|-----------------|
 * | Best active           | 2–3 | 3   | 3   | R3F3M3, R2F3M3  |
 * | Falling asleep        | 2   | 2–3 | 1–3 | R2F3, R2F2      |
 * | Churned               | 1   | 1–3 | 1–3 | R1**            |
 * | Beginners             | 2–3 | 1–2 | 1–3 | F1–F2           |
 * | Frequent, small check | 3   | 3   | 1–2 | left out by the seed |
 *
 * Segment names are the English track names; `names` carries Russian and English.
 * @example billzPreset(3)[0] // → { name: "Best active", r: [2, 3], f: [3, 3], m: [3, 3], … }
 */
export function billzPreset(scale = 3): SegmentRule[] {
  const t1 = tierRange(1, scale)!;
  const t2 = tierRange(2, scale);
  const t3 = tierRange(3, scale)!;
  const notChurned = t1[1] + 1;
  const notTop = t3[0] - 1;
  const all: [number, number] = [1, scale];
  const rule = (track: TrackId, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({
    name: TRACK_NAMES[track].en,
    names: { ...TRACK_NAMES[track] },
    r,
    f,
    m,
  });
  const rules: SegmentRule[] = [rule('best', [notChurned, scale], t3, t3)];
  if (t2) rules.push(rule('asleep', t2, [t2[0], scale], all));
  rules.push(rule('churned', t1, all, all));
  rules.push(rule('beginners', [notChurned, scale], [1, notTop], all));
  rules.push(rule('growth', t3, t3, [1, notTop]));
  return rules;
}
