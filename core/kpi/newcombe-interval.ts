import { wilsonInterval } from './wilson-interval';

/**
 * 95% interval for the difference of two independent proportions p₁ − p₂ = x₁/n₁ − x₂/n₂ by Newcombe's hybrid
 * score method (Newcombe 1998, method 10), built from the two Wilson intervals (l₁,u₁), (l₂,u₂):
 * L = d − √((p₁−l₁)² + (u₂−p₂)²), U = d + √((u₁−p₁)² + (p₂−l₂)²). Checked against Newcombe (1998) Table II:
 * 56/70 − 48/80 → 0.0524–0.3339; 9/10 − 3/10 → 0.1705–0.8090; 5/56 − 0/29 → −0.0381–0.1926.
 *
 * @example newcombeInterval(56, 70, 48, 80) // → { difference: 0.2, low: 0.0524…, high: 0.3339… }
 */
export function newcombeInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z?: number,
): { difference: number; low: number; high: number } {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilsonInterval(x1, n1, z);
  const [l2, u2] = wilsonInterval(x2, n2, z);
  const d = p1 - p2;
  return {
    difference: d,
    low: d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
    high: d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
  };
}
