import type { ResolvedSegmentRules } from './resolve-segment-rules';
import type { BilingualText } from './types';

/**
 * Display names of a run's segments, keyed by segment name: each rule's own `names` (else its name in both
 * languages; the first rule of a name wins), then the catch-all's. The names every segment table, alert and
 * per-customer list shows, so a surface needs no summary to name a segment.
 *
 * @example segmentDisplayNames(resolveSegmentRules(parseRunConfig({}))).get('Others') // → { ru: 'Прочие', en: 'Others' }
 */
export function segmentDisplayNames(resolved: Pick<ResolvedSegmentRules, 'rules' | 'other'>): Map<string, BilingualText> {
  const names = new Map<string, BilingualText>();
  for (const rule of resolved.rules) {
    if (!names.has(rule.name)) names.set(rule.name, { ru: rule.names?.ru ?? rule.name, en: rule.names?.en ?? rule.name });
  }
  if (!names.has(resolved.other.name)) names.set(resolved.other.name, resolved.other.names);
  return names;
}
