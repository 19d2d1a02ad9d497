import { isoFromDay } from '../time';
import { mixSeed } from './mix-seed';
import { mulberry32 } from './mulberry32';
import {
  DEMO_CATEGORIES,
  DEMO_CHANNELS,
  DEMO_EMAIL_DOMAINS,
  DEMO_FIRST_NAMES,
  DEMO_MANAGERS,
  DEMO_PROMO,
  DEMO_STATUS,
  DEMO_SURNAMES,
} from './demo-vocabulary';

/** How a demo customer buys. */
export type DemoRhythm = 'weekly' | 'monthly' | 'quarterly' | 'irregular' | 'one-off' | 'lapsing' | 'churned' | 'new';

/** Share of customers per rhythm (sums to 1). */
export const DEMO_RHYTHM_SHARES: Readonly<Record<DemoRhythm, number>> = {
  weekly: 0.04,
  monthly: 0.16,
  quarterly: 0.12,
  irregular: 0.18,
  'one-off': 0.22,
  lapsing: 0.1,
  churned: 0.1,
  new: 0.08,
};

/** One generated source row: its cells (in {@link DEMO_HEADER} order) and a key to sort rows by time. */
export interface DemoRow {
  /** day × 1440 + minute of the row's true date (before any messy cell was written). */
  sortKey: number;
  cells: string[];
}

/** What the generator needs to make one customer. */
export interface DemoCustomerSpec {
  seed: number;
  /** 0-based customer position; ids and contacts are unique per index. */
  index: number;
  /** Last day with transactions (day number). */
  endDay: number;
  /** Number of days of history up to and including endDay. */
  spanDays: number;
  /** Share of rows with a messy cell, 0..1. */
  messyShare: number;
}

const RHYTHMS = Object.keys(DEMO_RHYTHM_SHARES) as DemoRhythm[];
const NBSP = '\u00a0';

/** "2980.00" from 298000 cents. */
function plainMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "2 980,00 ₽" (non-breaking thousands separator, decimal comma) from 298000 cents. */
function rubleMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')} ₽`;
}

const isoCache = new Map<number, string>();

function dateText(day: number, minute: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = isoFromDay(day);
    if (isoCache.size > 20_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${iso} ${hh}:${mm}`;
}

/**
 * All source rows of one demo customer (and of their second account, if they have one), sorted by time.
 * Pure and deterministic: the same spec always gives the same rows. The customer's rhythm, manager,
 * contacts, categories, refunds, unpaid and promo orders and messy cells all come from a random stream
 * seeded by (seed, index).
 *
 * @example generateCustomerRows({ seed: 1, index: 0, endDay: 20159, spanDays: 730, messyShare: 0 })[0].cells.length // → 14
 */
export function generateCustomerRows(spec: DemoCustomerSpec): DemoRow[] {
  const { seed, index, endDay, spanDays, messyShare } = spec;
  const rnd = mulberry32(mixSeed(seed, index));
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const firstDay = endDay - spanDays + 1;

  // Who the customer is.
  let u = rnd();
  let rhythm: DemoRhythm = 'irregular';
  for (const r of RHYTHMS) {
    if (u < DEMO_RHYTHM_SHARES[r]) {
      rhythm = r;
      break;
    }
    u -= DEMO_RHYTHM_SHARES[r];
  }
  const [first, firstLatin, female] = pick(DEMO_FIRST_NAMES);
  const [surM, surF, surLatin] = pick(DEMO_SURNAMES);
  const name = `${first} ${female ? surF : surM}`;
  const id = String(100001 + index);
  const emailLocal = `${firstLatin}.${surLatin}.${index + 1}`;
  const emailDomain = pick(DEMO_EMAIL_DOMAINS);
  const email = rnd() < 0.85 ? `${emailLocal}@${emailDomain}` : '';
  const national = String((index * 7919 + 123457) % 1_000_000_000).padStart(9, '0');
  const phoneDigits = `9${national}`;
  const phone = rnd() < 0.7 ? `+7 ${phoneDigits.slice(0, 3)} ${phoneDigits.slice(3, 6)}-${phoneDigits.slice(6, 8)}-${phoneDigits.slice(8)}` : '';
  const managed = rnd() < 0.75;
  const manager1 = managed ? pick(DEMO_MANAGERS) : '';
  const manager2 = managed && rnd() < 0.05 ? pick(DEMO_MANAGERS) : manager1;
  const channels = managed ? DEMO_CHANNELS.managed : DEMO_CHANNELS.online;
  const favourite = pick(DEMO_CATEGORIES);
  const wealth = 0.5 + rnd() * 1.5;
  // A second account (e.g. the web shop's id) sharing the e-mail or the phone, written differently.
  const twin = (email !== '' || phone !== '') && rnd() < 0.04;
  const twinId = `W${index + 1}`;
  const twinEmail = email !== '' ? `${emailLocal.charAt(0).toUpperCase()}${emailLocal.slice(1)}@${emailDomain.toUpperCase()}` : '';
  const twinPhone = email === '' ? `8 (${phoneDigits.slice(0, 3)}) ${phoneDigits.slice(3, 6)}-${phoneDigits.slice(6, 8)}-${phoneDigits.slice(8)}` : '';

  // When the customer buys.
  const days: number[] = [];
  const rhythmDays = (start: number, end: number, gap: number, jitter: number): void => {
    for (let d = start; d <= end; d += Math.max(1, Math.round(gap + (rnd() * 2 - 1) * jitter))) days.push(d);
  };
  const clampStart = (d: number): number => Math.max(firstDay, d);
  switch (rhythm) {
    case 'weekly': {
      const start = firstDay + Math.floor(rnd() * spanDays * 0.6);
      const end = rnd() < 0.7 ? endDay : start + Math.floor(rnd() * (endDay - start));
      rhythmDays(start, end, 7, 2);
      break;
    }
    case 'monthly': {
      const start = firstDay + Math.floor(rnd() * spanDays * 0.5);
      const end = rnd() < 0.75 ? endDay : start + Math.floor(rnd() * (endDay - start));
      rhythmDays(start, end, 30, 6);
      break;
    }
    case 'quarterly':
      rhythmDays(firstDay + int(0, 120), endDay, 91, 15);
      break;
    case 'irregular':
      for (let d = firstDay + Math.floor(rnd() * spanDays * 0.5); d <= endDay; d += 1 + Math.round(-Math.log(1 - rnd()) * 55)) days.push(d);
      break;
    case 'one-off':
      days.push(firstDay + Math.floor(rnd() * spanDays));
      break;
    case 'lapsing': {
      const last = endDay - int(35, 105);
      rhythmDays(clampStart(last - int(120, 480)), last, 24, 6);
      break;
    }
    case 'churned': {
      const last = endDay - int(200, Math.max(200, spanDays - 60));
      rhythmDays(clampStart(last - int(60, 360)), last, 35, 10);
      break;
    }
    case 'new':
      rhythmDays(endDay - int(0, 60), endDay, 14, 5);
      break;
  }
  if (days.length === 0) days.push(endDay - int(0, spanDays - 1));

  // What they buy, order by order.
  const rows: DemoRow[] = [];
  const orderRows = (cells: string[], sortKey: number): void => {
    rows.push({ sortKey, cells });
  };
  days.forEach((day, k) => {
    const minute = int(9 * 60, 21 * 60 + 59);
    const orderId = String((index + 1) * 1000 + k + 1);
    const useTwin = twin && rnd() < 0.35;
    const promo = rnd() < 0.08;
    const unpaid = rnd() < 0.02;
    const manager = k < days.length / 2 ? manager1 : manager2;
    const channel = pick(channels);
    const itemCount = ((r) => (r < 0.68 ? 1 : r < 0.9 ? 2 : r < 0.97 ? 3 : 4))(rnd()) + (promo ? 1 : 0);
    const lines: { category: string; qty: number; price: number }[] = [];
    for (let i = 0; i < itemCount; i++) {
      const category = rnd() < 0.7 ? favourite : pick(DEMO_CATEGORIES);
      const p = category.prices;
      let price = p[Math.min(p.length - 1, Math.floor(Math.pow(rnd(), 1 / wealth) * p.length))];
      if (promo) price = Math.round((price * 0.8) / 100) * 100;
      const qty = ((r) => (r < 0.82 ? 1 : r < 0.96 ? 2 : 3))(rnd());
      const same = lines.find((l) => l.category === category.name && l.price === price);
      if (same) same.qty += qty; // one line per product, as a till prints it
      else lines.push({ category: category.name, qty, price });
    }
    const row = (date: string, qty: number, price: number, category: string, status: string): string[] => [
      orderId,
      date,
      useTwin ? twinId : id,
      useTwin && rnd() < 0.5 ? '' : name,
      useTwin ? twinEmail : rnd() < 0.05 ? '' : email,
      useTwin ? twinPhone : phone,
      manager,
      channel,
      category,
      String(qty),
      plainMoney(price),
      plainMoney(qty * price),
      status,
      promo ? DEMO_PROMO.yes : DEMO_PROMO.no,
    ];
    const status = unpaid ? DEMO_STATUS.unpaid : DEMO_STATUS.paid;
    for (const line of lines) orderRows(row(dateText(day, minute), line.qty, line.price, line.category, status), day * 1440 + minute);
    // Refunds: a later row with the same order id and a negative amount (whole order or one item).
    if (!unpaid && rnd() < 0.04) {
      const refundDay = day + int(1, 14);
      if (refundDay <= endDay) {
        const refundMinute = int(9 * 60, 21 * 60 + 59);
        const refunded = rnd() < 0.4 ? lines : [{ ...lines[0], qty: 1 }];
        for (const line of refunded) {
          orderRows(row(dateText(refundDay, refundMinute), -line.qty, line.price, line.category, DEMO_STATUS.refund), refundDay * 1440 + refundMinute);
        }
      }
    }
  });

  // Messy cells in a small share of rows: some must be rejected, some only look odd and must be read.
  const out: DemoRow[] = [];
  for (const r of rows) {
    out.push(r);
    if (rnd() >= messyShare) continue;
    const c = r.cells;
    const kind = rnd();
    const year = isoFromDay(endDay).slice(0, 4);
    if (kind < 0.2) c[1] = pick([`31.02.${year}`, 'не указана', `${year}-13-05`, '??.??.????']);
    else if (kind < 0.4) c[11] = rubleMoney(Math.round(Number(c[11]) * 100));
    else if (kind < 0.55) c[2] = /^\d+$/.test(c[2]) ? `${c[2]}.0` : c[2];
    else if (kind < 0.65) c[2] = '';
    else if (kind < 0.75) c[3] = '=HYPERLINK("https://example.com/promo";"Скидка 50%")';
    else if (kind < 0.85) c[11] = pick(['n/a', '—', 'уточнить']);
    else if (kind < 0.95) out.push({ sortKey: r.sortKey, cells: c.slice() });
    else c[1] = dateText(endDay + int(1, 20), int(9 * 60, 21 * 60));
  }
  out.sort((a, b) => a.sortKey - b.sortKey);
  return out;
}
