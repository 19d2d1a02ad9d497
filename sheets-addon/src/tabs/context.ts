/**
 * What every tab writer needs besides its own data: the language and display names of segments.
 */
import type { BilingualText, RfmRun, SuggestedAction, TrackId } from '../../../core/index';
import { TRACK_NAMES } from '../../../core/index';
import type { Lang } from '../i18n';

export interface TabContext {
  lang: Lang;
  /** Display name of a segment key in the current language. */
  segmentName(key: string): string;
  /** Display name of a track. */
  trackName(track: TrackId): string;
}

/** Builds the context from a run's segment table (which carries every segment's display names). */
export function tabContext(run: RfmRun, lang: Lang): TabContext {
  const names = new Map<string, BilingualText>();
  for (const row of run.summary.rows) names.set(row.group, row.names);
  for (const rule of run.segmentRules.rules) {
    if (!names.has(rule.name)) names.set(rule.name, { ru: rule.names?.ru ?? rule.name, en: rule.names?.en ?? rule.name });
  }
  if (!names.has(run.segmentRules.other.name)) names.set(run.segmentRules.other.name, run.segmentRules.other.names);
  return {
    lang,
    segmentName: (key) => names.get(key)?.[lang] ?? key,
    trackName: (track) => TRACK_NAMES[track]?.[lang] ?? track,
  };
}

/** Money in cents as a number of currency units for a money-formatted cell. */
export function money(cents: number | null): number | null {
  return cents === null ? null : cents / 100;
}

/** A suggested action on one line: channel · cadence · offer. */
export function actionText(action: SuggestedAction, lang: Lang): string {
  return `${action.channel[lang]} · ${action.cadence[lang]} · ${action.offer[lang]}`;
}
