import type { RunVersions } from './run-versions';
import { TextChunks } from './text-chunks';

/**
 * A JSON list output with the run's versions: a JSON array with one object per line (valid for `JSON.parse`
 * and `jq`, greppable line by line), each row with `"version":{...}` last. Made in chunks of about a thousand
 * rows, each handed out as soon as it is joined (write them one by one: the JSON of a million customers is
 * 700 MB of text, which was held whole before the first byte was written): each row's JSON gets the version
 * appended as it is read, without copying the row or holding all rows. A row that already has a `version` key,
 * or a `toJSON`, is copied with the version set instead, so the key stays in its place.
 *
 * @example [...renderVersionedJsonList([{ a: 1 }], { config: 'c', ledger: 'l' })].join('') // → '[\n{"a":1,"version":{"config":"c","ledger":"l"}}\n]\n'
 */
export function* renderVersionedJsonList(rows: Iterable<object>, version: RunVersions): Generator<string> {
  const tail = `"version":${JSON.stringify(version)}}`;
  const out = new TextChunks();
  let first = true;
  for (const row of rows) {
    if (out.filled > 0) yield* out.takeFilled();
    out.add(first ? '[\n' : ',\n');
    first = false;
    if (Array.isArray(row) || Object.prototype.hasOwnProperty.call(row, 'version') || typeof (row as { toJSON?: unknown }).toJSON === 'function') {
      out.add(JSON.stringify({ ...row, version }));
      continue;
    }
    const json = JSON.stringify(row);
    out.add(json === '{}' ? `{${tail}` : `${json.slice(0, -1)},${tail}`);
  }
  if (first) {
    yield '[]\n';
    return;
  }
  out.add('\n]\n');
  yield* out.toChunks();
}
