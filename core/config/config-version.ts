import { canonicalJson } from './canonical-json';
import { fnv1a64 } from './fnv1a64';
import type { RunConfig } from './run-config';

/** Digits of a version (hex). */
export const VERSION_LENGTH = 10;

/**
 * The version of a validated run configuration: the first 10 hex digits of FNV-1a 64 over its canonical
 * JSON (sorted keys, defaults filled). `asOf` is left out (it is a run input, shown as "data as of"), so
 * the CLI, the add-on and the bot show the same version for the same settings and rules.
 * @example configVersion(parseRunConfig({})) === configVersion(parseRunConfig({ scale: 5, windowDays: 365 })) // → true
 */
export function configVersion(config: RunConfig): string {
  const { asOf: _asOf, ...rest } = config;
  return fnv1a64(canonicalJson(rest)).slice(0, VERSION_LENGTH);
}
