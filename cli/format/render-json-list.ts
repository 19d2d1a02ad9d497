/**
 * A JSON array with one object per line: valid JSON for `JSON.parse`/`jq`, and greppable line by line.
 * @example renderJsonList([{ a: 1 }, { a: 2 }]) // → '[\n{"a":1},\n{"a":2}\n]\n'
 */
export function renderJsonList(items: readonly unknown[]): string {
  if (items.length === 0) return '[]\n';
  return `[\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
}
