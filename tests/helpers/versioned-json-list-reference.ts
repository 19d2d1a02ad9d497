import type { RunVersions } from '../../cli/format/run-versions';

/**
 * The versioned JSON list written the obvious way, for tests to compare `renderVersionedJsonList` with: every
 * row copied with the run's `version` added, then a JSON array with one object per line.
 * @example versionedJsonListReference([{ a: 1 }], v) // → '[\n{"a":1,"version":{…}}\n]\n'
 */
export function versionedJsonListReference(rows: readonly object[], version: RunVersions): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((row) => JSON.stringify({ ...row, version })).join(',\n')}\n]\n`;
}
