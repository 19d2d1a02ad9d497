import type { RunVersions } from './run-versions';
import { TextChunks } from './text-chunks';

/**
 * The same text as `renderJsonList(withVersion(rows, version))`, in chunks (join them for the text) — a JSON array, one object per line, each
 * with the run's `version` last — without copying every row or holding them all: each row's JSON gets
 * `"version":{...}` appended as it is read (rows that already have a `version` key, or a `toJSON`, are
 * copied as `withVersion` does, so the key stays in its place).
 *
 * @example renderVersionedJsonList([{ a: 1 }], { config: 'c', ledger: 'l' }).join('') // → '[\n{"a":1,"version":{"config":"c","ledger":"l"}}\n]\n'
 */
export function renderVersionedJsonList(rows: Iterable<object>, version: RunVersions): string[] {
  const tail = `"version":${JSON.stringify(version)}}`;
  const out = new TextChunks();
  let first = true;
  for (const row of rows) {
    out.add(first ? '[\n' : ',\n');
    first = false;
    if (Array.isArray(row) || Object.prototype.hasOwnProperty.call(row, 'version') || typeof (row as { toJSON?: unknown }).toJSON === 'function') {
      out.add(JSON.stringify({ ...row, version }));
      continue;
    }
    const json = JSON.stringify(row);
    out.add(json === '{}' ? `{${tail}` : `${json.slice(0, -1)},${tail}`);
  }
  if (first) return ['[]\n'];
  out.add('\n]\n');
  return out.toChunks();
}
