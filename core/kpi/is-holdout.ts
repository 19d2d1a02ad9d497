import { UserInputError } from '../errors';
import { fnv1a32 } from './fnv1a32';
import { bilingual } from '../ledger/bilingual';

/**
 * Deterministic holdout assignment: a customer is held out of a campaign when
 * mix(FNV-1a(campaign + "\u0000" + customerId)) / 2³² < share, where mix is the murmur3 32-bit finaliser (FNV-1a
 * alone spreads ids that differ only in their last characters poorly over the high bits). The same customer and campaign always get the same
 * answer; different campaigns hold out different customers. Share in (0, 1), default 0.1.
 *
 * @example isHoldout('c1', 'spring-2025', 0.1) // → false
 */
export function isHoldout(customerId: string, campaign: string, share = 0.1): boolean {
  if (!(share > 0 && share < 1)) throw new UserInputError(bilingual(`доля контрольной группы ${share} должна быть между 0 и 1 (например, 0.1 — это 10%)`, `holdout share ${share} must be between 0 and 1 (e.g. 0.1 for 10%)`), 'holdoutShare');
  let h = fnv1a32(`${campaign}\u0000${customerId}`);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return h / 4294967296 < share;
}
