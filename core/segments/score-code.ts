/**
 * The customer code `R{r}F{f}M{m}`.
 * @example scoreCode(3, 1, 2) // → "R3F1M2"
 */
export function scoreCode(r: number, f: number, m: number): string {
  return `R${r}F${f}M${m}`;
}
