import { canonicalJson } from './canonical-json';
import { fnv1a64 } from './fnv1a64';
import type { RunConfig } from './run-config';
import { resolveSegmentRules } from '../segments/resolve-segment-rules';

/** Digits of a version (hex). */
export const VERSION_LENGTH = 10;

/**
 * The version of a validated run configuration: the first 10 hex digits of FNV-1a 64 over its canonical
 * JSON (sorted keys, defaults filled). `asOf` (a run input, shown as "data as of") and `language` (how
 * answers are worded, not what they are) are left out, so the CLI, the add-on and the bot show the same
 * version for the same settings and rules. The rule table enters as resolved (a preset and the same rules
 * spelled out in the Rules tab are one version).
 * @example configVersion(parseRunConfig({})) === configVersion(parseRunConfig({ scale: 5, windowDays: 365 })) // → true
 */
export function configVersion(config: RunConfig): string {
  const { asOf: _asOf, language: _language, preset: _preset, segments: _segments, ...rest } = config;
  const rules = resolveSegmentRules(config).rules.map((r) => ({ name: r.name, r: r.r, f: r.f, m: r.m, names: r.names }));
  return fnv1a64(canonicalJson({ ...rest, segments: rules })).slice(0, VERSION_LENGTH);
}
