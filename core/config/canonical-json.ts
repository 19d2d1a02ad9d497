/**
 * JSON with object keys sorted at every level and `undefined` members left out, so two equal values always
 * give the same text (the input of the configuration version).
 * @example canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] }) // → '{"a":[2,{"c":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}
