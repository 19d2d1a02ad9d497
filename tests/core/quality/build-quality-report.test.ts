import { describe, expect, it } from 'vitest';
import { buildQualityReport, type QualityCounts } from '../../../core/quality/build-quality-report';
import type { Ledger } from '../../../core/ledger/types';

function counts(over: Partial<QualityCounts> = {}): QualityCounts {
  return {
    totalRows: 4, usedRows: 2, rejectedRows: 1, excludedRows: 1, blankRows: 0,
    inputCents: 1000, rejectedCents: 300, excludedCents: 200, unreadableAmounts: 0,
    refundRows: 0, refundCents: 0, zeroRows: 0, zeroSample: [], futureRows: 0, futureSample: [], multiLineRows: 0, multiLineSample: [], roundedPhoneRows: 0, roundedPhoneSample: [], roundedOrderRows: 0, roundedOrderSample: [], placeholderEmailRows: 0, placeholderEmailSample: [], placeholderPhoneRows: 0, placeholderPhoneSample: [], sharedContacts: [], currencies: new Map(),
    duplicateRows: 0, duplicateSample: [], noIdRows: 1, noIdAttached: 0, totalsRows: 0, noIdCents: 250,
    rejected: [{ row: 3, column: 'date', value: 'x', reason: 'date not recognised', code: 'date-invalid' }],
    rejectedNotListed: 0, excluded: [{ row: 4, reason: 'unpaid' }], excludedNotListed: 0,
    reasons: new Map([['date-invalid\u0001date', { code: 'date-invalid', reason: 'date not recognised', column: 'date', rows: 1 }]]),
    sharedOrderIds: 0,
    purchases: 1,
    ...over,
  };
}

const order = (netCents: number) => ({
  id: '#2', customerId: 'A', day: 1, minute: -1, netCents, refundCents: 0, manager: null, channel: null, promo: false, category: null, categorySplit: null, row: 2, lineRows: null,
});
const ledger: Ledger = {
  customers: [{ id: 'A', ids: ['A'], name: null, email: null, phone: null, manager: null, orders: [order(600), order(-100)] }],
  orders: [order(600), order(-100)],
  merges: [],
  netCents: 500,
  has: { time: false, category: false, manager: false, promo: false, channel: false },
};

describe('buildQualityReport', () => {
  it('money in currency units; input 10.00 − rejected 3.00 − excluded 2.00 − ledger 5.00 = 0.00', () => {
    const q = buildQualityReport(counts(), ledger, [{ field: 'date', column: 'Дата', required: true, emptyRows: 1 }], 0.02, '2025-03-12');
    expect(q.reconciliation).toEqual({ inputTotal: 10, rejectedTotal: 3, excludedTotal: 2, ledgerNet: 5, difference: 0, unreadableAmounts: 0 });
    expect(q.purchases).toBe(1);
    expect(q.nonPurchaseOrders).toBe(1);
    expect(q.withoutCustomerId.revenueShare).toBe(0.25);
    expect(q.completeness).toEqual([{ field: 'date', column: 'Дата', required: true, emptyRows: 1, emptyShare: 0.25, sla: 0.02, pass: false }]);
    expect(q.completenessPass).toBe(false);
    expect(q.futureDates).toEqual({ today: '2025-03-12', rows: 0, sampleRows: [] });
    expect(q.columns).toEqual({ date: 'Дата' });
  });
  describe('edge cases', () => {
    it('rows that do not add up are a bug, not a report', () => {
      expect(() => buildQualityReport(counts({ usedRows: 3 }), ledger, [], 0.02, null)).toThrow(/row accounting bug/);
    });
    it('money that does not reconcile is a bug', () => {
      expect(() => buildQualityReport(counts({ inputCents: 1001 }), ledger, [], 0.02, null)).toThrow(/reconciliation bug/);
    });
    it('no today: future dates not checked', () => {
      expect(buildQualityReport(counts(), ledger, [], 0.02, null).futureDates).toBeNull();
    });
  });
});
