import type { Cell, RejectedRow } from '../ledger/types';
import { parseDate } from '../ledger/parse-date';
import { parseAmount } from '../ledger/parse-amount';
import { normalizeId } from '../ledger/normalize-id';
import { UserInputError } from '../errors';
import type { Lead, LeadStatus } from './lead';
import { bilingual, bilingualLine } from '../ledger/bilingual';

/** Leads read from a table: every data row is either part of a lead or rejected, so `rowsRead = Σ versions + rejected`. */
export interface ParsedLeads {
  leads: Lead[];
  rejected: RejectedRow[];
  rowsRead: number;
}

type LeadField = 'id' | 'customer' | 'created' | 'closed' | 'status' | 'amount' | 'channel' | 'manager' | 'segment';

const ALIASES: Record<LeadField, string[]> = {
  id: ['lead', 'lead id', 'lead_id', 'leadid', 'deal', 'deal id', 'deal_id', 'id', 'лид', 'id лида', 'сделка', 'номер сделки'],
  customer: ['customer', 'customer id', 'customer_id', 'client', 'client id', 'client_id', 'клиент', 'id клиента', 'покупатель'],
  created: ['created', 'created at', 'created_at', 'creation date', 'date created', 'создан', 'создана', 'дата создания'],
  closed: ['closed', 'closed at', 'closed_at', 'close date', 'закрыт', 'закрыта', 'дата закрытия'],
  status: ['status', 'stage', 'result', 'статус', 'этап', 'результат'],
  amount: ['amount', 'sum', 'value', 'deal amount', 'сумма', 'сумма сделки', 'бюджет'],
  channel: ['channel', 'source', 'канал', 'источник'],
  manager: ['manager', 'owner', 'responsible', 'менеджер', 'ответственный'],
  segment: ['segment', 'rfm segment', 'cohort', 'сегмент', 'когорта'],
};

const STATUS: Record<string, LeadStatus> = {
  won: 'won', win: 'won', success: 'won', successful: 'won', closed_won: 'won', 'closed won': 'won',
  выиграна: 'won', выигран: 'won', успех: 'won', успешно: 'won', оплачено: 'won', оплачен: 'won', продажа: 'won',
  lost: 'lost', lose: 'lost', closed_lost: 'lost', 'closed lost': 'lost', fail: 'lost', failed: 'lost',
  проиграна: 'lost', проигран: 'lost', отказ: 'lost', 'не реализовано': 'lost', провал: 'lost',
  open: 'open', new: 'open', 'in progress': 'open', pending: 'open', открыта: 'open', открыт: 'open', 'в работе': 'open', новая: 'open', новый: 'open',
};

const norm = (s: string): string => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
const text = (c: Cell): string | null => {
  const s = c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c).trim();
  return s === '' ? null : s;
};

/**
 * Read a leads table (first row = header) into typed leads with row-level rejections. Columns are found by header
 * name in Russian or English (lead id, customer id, created, closed, status won/lost/open, amount, channel,
 * manager, optional recorded segment). Rows of the same lead id are its history: the last one is the current
 * state, earlier ones are kept in `versions` (used to find leads moved between managers or segments).
 * Throws {@link UserInputError} when a required column (lead id, customer, created, status) is missing.
 *
 * @example parseLeads([['lead','customer','created','status'],['L1','c1','2025-07-03','won']]).leads[0].status // → "won"
 */
export function parseLeads(rows: Cell[][], options: { timeZone?: string; dateOrder?: 'dmy' | 'mdy' } = {}): ParsedLeads {
  if (rows.length === 0) throw new UserInputError(bilingual('лиды: таблица пуста; первая строка должна быть заголовком', 'leads: the table is empty; the first row must be a header'), 'leads');
  const header = rows[0].map((h) => norm(String(h ?? '')));
  const col = {} as Record<LeadField, number>;
  for (const f of Object.keys(ALIASES) as LeadField[]) {
    col[f] = header.findIndex((h) => ALIASES[f].includes(h));
  }
  const missing = (['id', 'customer', 'created', 'status'] as LeadField[]).filter((f) => col[f] < 0);
  if (missing.length > 0) {
    throw new UserInputError(
      bilingual(`лиды: нет столбцов ${missing.join(', ')}; заголовок: ${rows[0].map((h) => String(h ?? '')).join(', ')}`, `leads: missing column(s) ${missing.join(', ')}; the header is: ${rows[0].map((h) => String(h ?? '')).join(', ')}`),
      'leads',
    );
  }
  const headerText = (f: LeadField): string => String(rows[0][col[f]] ?? f);
  const rejected: RejectedRow[] = [];
  const byId = new Map<string, Lead>();
  const order: Lead[] = [];
  const dateOpts = { timeZone: options.timeZone ?? 'UTC', dateOrder: options.dateOrder ?? 'dmy' };
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k];
    const rowNo = k + 1;
    const cell = (f: LeadField): Cell => (col[f] >= 0 ? r[col[f]] : null);
    if (r.every((c) => text(c) === null)) {
      rejected.push({ row: rowNo, column: '', value: '', reason: bilingualLine('пустая строка', 'empty row') });
      continue;
    }
    const reject = (f: LeadField, reason: string): void => {
      rejected.push({ row: rowNo, column: headerText(f), value: text(cell(f)) ?? '', reason });
    };
    const id = normalizeId(cell('id'));
    if (!id) { reject('id', bilingualLine('пустой id лида', 'lead id is empty')); continue; }
    const customerId = normalizeId(cell('customer'));
    if (!customerId) { reject('customer', bilingualLine('пустой id клиента', 'customer id is empty')); continue; }
    const created = parseDate(cell('created'), dateOpts);
    if (!created) { reject('created', bilingualLine('дата не распознана: пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ', 'date not recognised: use YYYY-MM-DD or DD.MM.YYYY')); continue; }
    const statusText = text(cell('status'));
    const status = statusText === null ? undefined : STATUS[norm(statusText)];
    if (!status) { reject('status', bilingualLine('статус должен быть «выиграна», «проиграна» или «в работе»', 'status must be won, lost or open')); continue; }
    let closed: number | null = null;
    if (col.closed >= 0 && text(cell('closed')) !== null) {
      const c = parseDate(cell('closed'), dateOpts);
      if (!c) { reject('closed', bilingualLine('дата не распознана: пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ либо оставьте пустой', 'date not recognised: use YYYY-MM-DD or DD.MM.YYYY, or leave empty')); continue; }
      if (c.day < created.day) { reject('closed', bilingualLine('закрыт раньше, чем создан', 'closed before it was created')); continue; }
      closed = c.day;
    }
    let amountCents: number | null = null;
    if (col.amount >= 0 && text(cell('amount')) !== null) {
      const a = parseAmount(cell('amount'));
      if (Number.isNaN(a) || a < 0) { reject('amount', bilingualLine('сумма должна быть числом ≥ 0, например 1500 или 1 500,50', 'amount must be a number ≥ 0, e.g. 1500 or 1 500,50')); continue; }
      amountCents = a;
    }
    const manager = text(cell('manager'));
    const recordedSegment = text(cell('segment'));
    const version = { row: rowNo, manager, recordedSegment, status };
    const prev = byId.get(id);
    if (prev) {
      if (prev.customerId !== customerId) {
        reject('customer', bilingualLine(`лид ${id} уже принадлежит клиенту ${prev.customerId} (строка ${prev.row})`, `lead ${id} already belongs to customer ${prev.customerId} (row ${prev.row})`));
        continue;
      }
      Object.assign(prev, { closed, status, amountCents: amountCents ?? prev.amountCents, channel: text(cell('channel')) ?? prev.channel, manager, recordedSegment, row: rowNo });
      prev.versions.push(version);
      continue;
    }
    const lead: Lead = {
      id, customerId, created: created.day, closed, status, amountCents,
      channel: text(cell('channel')), manager, recordedSegment, row: rowNo, versions: [version],
    };
    byId.set(id, lead);
    order.push(lead);
  }
  return { leads: order, rejected, rowsRead: rows.length - 1 };
}
