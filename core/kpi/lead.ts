/** Status of a lead / deal. */
export type LeadStatus = 'won' | 'lost' | 'open';

/** One state of a lead as a row of the leads table recorded it. */
export interface LeadVersion {
  /** Source row (header = 1). */
  row: number;
  manager: string | null;
  recordedSegment: string | null;
  status: LeadStatus;
}

/** A lead (deal) from the optional leads table; the last row of a lead id is its current state. */
export interface Lead {
  id: string;
  /** Customer id as written (normalised like ledger ids). */
  customerId: string;
  /** Day number of creation. */
  created: number;
  /** Day number of closing, or null while open / unknown. */
  closed: number | null;
  status: LeadStatus;
  /** Deal amount in cents, or null when empty. */
  amountCents: number | null;
  channel: string | null;
  manager: string | null;
  /** The segment the CRM recorded for the lead, when the table has such a column. */
  recordedSegment: string | null;
  /** Source row of the current state (header = 1). */
  row: number;
  /** Every row of this lead id in file order (length 1 when the id appears once). */
  versions: LeadVersion[];
}
