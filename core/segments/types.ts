/** A text shown to users, in Russian (first) and English. */
export interface BilingualText {
  ru: string;
  en: string;
}

/** Inclusive score range `[lowest, highest]` on one axis. */
export type ScoreRange = readonly [number, number];

/**
 * One row of an ordered segment rule table: a customer whose R, F and M scores all lie in the inclusive
 * ranges gets `name`, unless an earlier rule matched first.
 */
export interface SegmentRule {
  /** The segment name used in output and as the playbook key. */
  name: string;
  /** Display names; missing ones fall back to `name`. */
  names?: { ru?: string; en?: string };
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

/**
 * Customer tracks of seed 003 (BILLZ), generalised to any scale (see `trackOf`):
 * best active, falling asleep, churned, beginners, and `growth` for the customers the four leave out
 * (recent and frequent but not top spenders).
 */
export type TrackId = 'best' | 'asleep' | 'churned' | 'beginners' | 'growth';

/** All track ids in display order. @example TRACK_IDS[0] // → "best" */
export const TRACK_IDS: readonly TrackId[] = ['best', 'asleep', 'churned', 'beginners', 'growth'];

/** A suggested action for a customer: channel, cadence and offer type (DOMAIN.md communication policy). */
export interface SuggestedAction {
  channel: BilingualText;
  cadence: BilingualText;
  offer: BilingualText;
  /** Frequency cap: at most this many messages a week (the house cap is 3). */
  maxPerWeek: number;
  /** Where the entry came from: the user's config, the built-in segment entry, or the track's default. */
  source: 'config' | 'segment' | 'track';
}

/** A problem in a rule table (or a playbook key naming no segment or track) that does not stop the run. */
export interface RuleWarning {
  kind: 'unreachable' | 'uncovered' | 'playbook';
  /** Rule index (0-based) and name for `unreachable`; the playbook key for `playbook`; null for `uncovered`. */
  ruleIndex: number | null;
  rule: string | null;
  /** Codes involved: the codes the unreachable rule would match (all taken earlier), or the uncovered codes. */
  codes: string[];
  /** Names of the earlier rules that take the unreachable rule's codes (empty for `uncovered`). */
  shadowedBy: string[];
  message: BilingualText;
}
