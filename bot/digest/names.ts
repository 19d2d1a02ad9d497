import { TRACK_NAMES, type RfmRun, type TrackId } from '../../core';
import type { Language } from '../i18n';

/**
 * Display name of a segment in a language, from the run's own rule table (so renamed or custom segments show
 * as configured), falling back to the segment key.
 * @example segmentName(run, 'Champions', 'ru') // → "Чемпионы" (with the classic preset)
 */
export function segmentName(run: RfmRun, segment: string, lang: Language): string {
  const rules = run.segmentRules;
  if (rules.other.name === segment) return rules.other.names[lang] || segment;
  const rule = rules.rules.find((r) => r.name === segment);
  return rule?.names?.[lang] || segment;
}

/** Display name of a track. @example trackName('asleep', 'ru') // → "Засыпающие" */
export function trackName(track: TrackId, lang: Language): string {
  return TRACK_NAMES[track]?.[lang] ?? track;
}
