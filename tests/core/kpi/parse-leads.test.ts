import { describe, expect, it } from 'vitest';
import { parseLeads } from '../../../core/kpi/parse-leads';
import { leadMoves } from '../../../core/kpi/lead-moves';
import { UserInputError } from '../../../core/errors';
import { dayFromIso } from '../../../core/time/civil-day';
import { LEADS_TABLE } from '../../helpers/kpi-fixture';

const d = (s: string) => dayFromIso(s)!;

const TABLE = LEADS_TABLE;

describe('parseLeads', () => {
  it('reads Russian headers, statuses, dates and amounts', () => {
    const p = parseLeads(TABLE);
    expect(p.rejected).toEqual([]);
    expect(p.rowsRead).toBe(5);
    expect(p.leads.map((l) => [l.id, l.customerId, l.status, l.amountCents, l.channel, l.manager, l.recordedSegment])).toEqual([
      ['L1', 'a', 'won', 25000, 'web', 'Анна', 'Cooling'],
      ['L2', 'b', 'lost', 100050, 'phone', 'Анна', 'Lapsed'],
      ['L3', 'x', 'open', null, 'web', 'Борис', null],
      ['L4', 'c', 'won', 30000, 'web', 'Борис', 'Cooling'],
      ['L5', 'd', 'won', 5000, 'web', 'Борис', 'Lapsed'],
    ]);
    expect(p.leads[2].created).toBe(d('2025-08-01'));
    expect(p.leads[2].closed).toBeNull();
  });
  it('rows of one lead id are its history; the last row is the current state', () => {
    const p = parseLeads([
      ['lead_id', 'customer_id', 'created', 'status', 'manager', 'segment'],
      ['L9', 'a', '2025-07-01', 'open', 'Анна', 'Lost'],
      ['L9', 'a', '2025-07-03', 'won', 'Борис', 'Champions'],
    ]);
    expect(p.leads).toHaveLength(1);
    expect(p.leads[0]).toMatchObject({ status: 'won', manager: 'Борис', created: d('2025-07-01'), row: 3 });
    expect(leadMoves(p.leads)).toEqual([
      { leadId: 'L9', customerId: 'a', kind: 'manager', from: 'Анна', to: 'Борис', rows: [2, 3] },
      { leadId: 'L9', customerId: 'a', kind: 'segment', from: 'Lost', to: 'Champions', rows: [2, 3] },
    ]);
  });
  describe('edge cases', () => {
    it('bad rows are rejected with row, column, value and reason; counts add up', () => {
      const p = parseLeads([
        ['lead', 'customer', 'created', 'closed', 'status', 'amount'],
        ['L1', 'a', 'вчера', '', 'won', '1'],
        ['L2', '', '2025-07-01', '', 'won', '1'],
        ['L3', 'a', '2025-07-01', '', 'maybe', '1'],
        ['L4', 'a', '2025-07-05', '2025-07-01', 'won', '1'],
        ['L5', 'a', '2025-07-05', '', 'won', '-3'],
        ['', '', '', '', '', ''],
        ['L6', 'a', '2025-07-05', '', 'won', ''],
      ]);
      expect(p.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
        [2, 'created', 'вчера'],
        [3, 'customer', ''],
        [4, 'status', 'maybe'],
        [5, 'closed', '2025-07-01'],
        [6, 'amount', '-3'],
        [7, '', ''],
      ]);
      expect(p.leads.length + p.rejected.length).toBe(p.rowsRead);
    });
    it('a missing required column is a UserInputError naming it', () => {
      expect(() => parseLeads([['lead', 'customer', 'status']])).toThrow(UserInputError);
      expect(() => parseLeads([['lead', 'customer', 'status']])).toThrow(/created/);
      expect(() => parseLeads([])).toThrow(/empty/);
    });
  });
});
