/**
 * How many days before a customer's boundary the "approaching" window opens.
 *
 * The configured lead (default 14) is meant for the global boundary. A personal boundary is shorter, and
 * a fixed 14-day lead would flag a weekly buyer (personal boundary 14) the day after a purchase. So for a
 * personal boundary the lead shrinks in proportion: round-up of lead × personal / global, at least 1 day,
 * never more than the configured lead. Seed 003's contact-lens example (14-day rhythm, reminder on day 10)
 * is of that shape.
 *
 * @param boundaryDays the boundary that applies to the customer, in days
 * @param globalDays the global (estimated or manual) boundary, in days
 * @param leadDays the configured lead for the global boundary, in days
 * @param personal whether `boundaryDays` is the customer's personal boundary
 * @returns the lead in days
 * @example leadDaysFor(84, 84, 14, false) // → 14
 * @example leadDaysFor(14, 86, 14, true) // → 3 (window [11, 14))
 */
export function leadDaysFor(boundaryDays: number, globalDays: number | null, leadDays: number, personal: boolean): number {
  if (!personal || globalDays === null || globalDays <= 0 || boundaryDays >= globalDays) return leadDays;
  if (leadDays <= 0) return leadDays;
  return Math.min(leadDays, Math.max(1, Math.ceil((leadDays * boundaryDays) / globalDays - 1e-9)));
}
