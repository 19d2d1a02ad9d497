import type { Snapshot, SnapshotProvider } from '../data/snapshot-provider';
import type { Translate } from '../i18n';
import { escapeHtml } from '../render/escape-html';
import { formatDay } from '../render/format';
import { splitMessage } from '../render/split-message';
import type { AlertHistory, Person } from '../storage';
import { buildAlertsDigest } from './alerts-digest';
import { dataFooter } from './footer';
import { buildKpiDigest, defaultKpiPeriod } from './kpi-digest';
import { buildSegmentsDigest } from './segments-digest';
import type { ComposedDigest, DigestKind, OutMessage, RenderContext } from './types';

/** What composing a digest needs. */
export interface ComposeEnv {
  snapshots: SnapshotProvider;
  alertHistory: AlertHistory;
  translate: (lang: Person['language']) => Translate;
  currency: string;
  timeZone: string;
  capDays: number;
  /** Most customers listed in one alerts digest. */
  maxAlerts: number;
  isHoldout: (customerId: string) => boolean;
}

/**
 * Builds the given digests for one person on `day` (the as-of day), each as ready-to-send messages under
 * Telegram's limits. With `applyCap`, customers alerted to this person with the same status in the previous
 * `capDays` days are left out (the morning run); without it the full current list is shown (/digest).
 * @example (await composeDigests(person, ['alerts'], 20780, now, env, { applyCap: true }))[0].messages[0].kind // → "text"
 */
export async function composeDigests(
  person: Person,
  kinds: readonly DigestKind[],
  day: number,
  now: Date,
  env: ComposeEnv,
  opts: { applyCap: boolean },
): Promise<ComposedDigest[]> {
  const snap: Snapshot = env.snapshots.get(day);
  const rc: RenderContext = { lang: person.language, t: env.translate(person.language), currency: env.currency, timeZone: env.timeZone };
  const footer = dataFooter(snap, env.snapshots.status(), now, rc);
  const hello = rc.t('digest-hello', { name: escapeHtml(person.displayName), date: escapeHtml(formatDay(day, rc.lang)) });
  const out: ComposedDigest[] = [];
  for (const kind of kinds) {
    if (kind === 'alerts') {
      const recentlyAlerted =
        opts.applyCap && env.capDays > 0 ? env.alertHistory.alertedBetween(person.telegramId, day - env.capDays, day - 1) : new Set<string>();
      const d = buildAlertsDigest(snap, person, rc, { isHoldout: env.isHoldout, recentlyAlerted, capDays: env.capDays, maxAlerts: env.maxAlerts });
      out.push({ kind, messages: texts(`${hello}\n\n${d.html}\n\n${footer}`), alerted: d.alerted });
    } else if (kind === 'segments') {
      const msgs = await buildSegmentsDigest(snap, person, rc);
      out.push({ kind, messages: withFooter(msgs, footer), alerted: [] });
    } else {
      let html: string;
      try {
        html = buildKpiDigest(snap, person, rc, defaultKpiPeriod(day));
      } catch (error) {
        html = rc.t('kpi-unavailable', { reason: escapeHtml(error instanceof Error ? error.message : String(error)) });
      }
      out.push({ kind, messages: texts(`${html}\n\n${footer}`), alerted: [] });
    }
  }
  return out;
}

/** HTML text split into messages under 4096 characters at line boundaries. */
export function texts(html: string): OutMessage[] {
  return splitMessage(html).map((h) => ({ kind: 'text' as const, html: h }));
}

function withFooter(msgs: OutMessage[], footer: string): OutMessage[] {
  const last = msgs[msgs.length - 1];
  if (last?.kind === 'text') return [...msgs.slice(0, -1), ...texts(`${last.html}\n\n${footer}`)];
  return [...msgs, ...texts(footer)];
}
