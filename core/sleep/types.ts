import type { BilingualText } from '../segments/types';

/** A sleep boundary estimated from purchase gaps, or why it could not be. */
export type BoundaryEstimate =
  | {
      status: 'ok';
      /** The p-th percentile (nearest rank) of the gaps, in days. */
      days: number;
      percentile: number;
      /** How many gaps the estimate rests on. */
      gaps: number;
    }
  | {
      status: 'insufficient';
      percentile: number;
      gaps: number;
      /** The configured minimum number of gaps. */
      minGaps: number;
      message: BilingualText;
    };
