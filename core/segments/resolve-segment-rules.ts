import type { RunConfig } from '../config/run-config';
import { billzPreset } from './billz-preset';
import { CLASSIC_PRESET } from './classic-preset';
import type { BilingualText, SegmentRule } from './types';

/** The rule table a run uses and where it came from. */
export interface ResolvedSegmentRules {
  rules: SegmentRule[];
  /** The catch-all segment's name (key) and display names. */
  other: { name: string; names: BilingualText };
  source: 'config' | 'classic' | 'billz';
}

/**
 * The rule table of a run: the config's `segments` when given, else the named `preset`, else `classic` on a
 * 5-point scale and `billz` (tracks) on any other scale.
 *
 * @example resolveSegmentRules(parseRunConfig({ scale: 3 })).source // → "billz"
 */
export function resolveSegmentRules(
  config: Pick<RunConfig, 'segments' | 'preset' | 'scale' | 'otherSegment' | 'otherSegmentNames'>,
): ResolvedSegmentRules {
  const otherName = config.otherSegment;
  const other = {
    name: otherName,
    names: config.otherSegmentNames ?? (otherName === 'Others' ? { ru: 'Прочие', en: 'Others' } : { ru: otherName, en: otherName }),
  };
  if (config.segments) {
    return { rules: config.segments.map((r) => ({ ...r, r: [...r.r], f: [...r.f], m: [...r.m] }) as SegmentRule), other, source: 'config' };
  }
  const preset = config.preset ?? (config.scale === 5 ? 'classic' : 'billz');
  if (preset === 'classic') return { rules: CLASSIC_PRESET.map((r) => ({ ...r })), other, source: 'classic' };
  return { rules: billzPreset(config.scale), other, source: 'billz' };
}
