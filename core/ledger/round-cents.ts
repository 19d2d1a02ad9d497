/**
 * Integer cents of a float amount, rounded half away from zero, immune to binary noise
 * (1.005 → 101, 59.97 → 5997, -0.125 → -13).
 * @example roundCents(1.005) // → 101
 */
export function roundCents(amount: number): number {
  const x = Math.abs(amount) * 100;
  let r = Math.round(x);
  const fraction = x - Math.floor(x);
  if (Math.abs(fraction - 0.5) < 1e-6) r = Math.round(Number(x.toPrecision(12)));
  return amount < 0 && r !== 0 ? -r : r;
}
