import type { PlaybookOverride, TextInput } from '../config/run-config';
import { SEGMENT_PLAYBOOK, TRACK_PLAYBOOK } from './default-playbook';
import type { BilingualText, SuggestedAction, TrackId } from './types';

function text(t: TextInput): BilingualText {
  return typeof t === 'string' ? { ru: t, en: t } : { ru: t.ru, en: t.en };
}

/**
 * Suggested action for a customer: the user's playbook entry for the segment name, or else for the track id
 * (fields given there win over the built-in ones), else the built-in entry for the segment, else the default of the customer's track.
 *
 * @example resolveAction('Lost', 'churned', {}).source // → "segment"
 * @example resolveAction('VIP', 'best', { VIP: { channel: 'phone' } }).channel // → { ru: "phone", en: "phone" }
 */
export function resolveAction(
  segment: string,
  track: TrackId,
  overrides: Readonly<Record<string, PlaybookOverride>>,
): SuggestedAction {
  const builtIn = Object.prototype.hasOwnProperty.call(SEGMENT_PLAYBOOK, segment) ? SEGMENT_PLAYBOOK[segment] : undefined;
  const base = builtIn ?? TRACK_PLAYBOOK[track];
  const has = (k: string) => Object.prototype.hasOwnProperty.call(overrides, k);
  const o = has(segment) ? overrides[segment] : has(track) ? overrides[track] : undefined;
  return {
    channel: o?.channel ? text(o.channel) : base.channel,
    cadence: o?.cadence ? text(o.cadence) : base.cadence,
    offer: o?.offer ? text(o.offer) : base.offer,
    maxPerWeek: o?.maxPerWeek ?? base.maxPerWeek,
    source: o ? 'config' : builtIn ? 'segment' : 'track',
  };
}
