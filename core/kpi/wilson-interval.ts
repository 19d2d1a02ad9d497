/**
 * Wilson score interval for a proportion x/n (Newcombe 1998, method 3, no continuity correction), z = 1.959964
 * for 95%. Returns [0, 0] when n = 0 is not meaningful, so callers must check n > 0 first.
 * Checked against Newcombe (1998) Table I: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611,
 * 1/29 → 0.0061–0.1718.
 *
 * @example wilsonInterval(81, 263) // → [0.2553…, 0.3662…]
 */
export function wilsonInterval(x: number, n: number, z = 1.959963984540054): [number, number] {
  if (n <= 0) return [0, 1];
  const p = x / n;
  const z2 = z * z;
  const centre = 2 * n * p + z2;
  const half = z * Math.sqrt(z2 + 4 * n * p * (1 - p));
  const den = 2 * (n + z2);
  const lo = x === 0 ? 0 : (centre - half) / den;
  const hi = x === n ? 1 : (centre + half) / den;
  return [Math.max(0, lo), Math.min(1, hi)];
}
