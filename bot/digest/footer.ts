import type { Snapshot, SnapshotProvider } from '../data/snapshot-provider';
import { escapeHtml } from '../render/escape-html';
import { formatDay, formatInstant } from '../render/format';
import type { RenderContext } from './types';

/**
 * The digest footer: when the data was loaded and the as-of date; the settings and data versions (the same
 * as the add-on's Quality tab and the CLI's JSON show); plus a warning with the data's age in hours
 * when the last refresh failed.
 * @example dataFooter(snap, provider.status(), now, rc) // → "<i>Данные загружены 23.11.2026, 08:00 · на дату 23.11.2026</i>"
 */
export function dataFooter(snap: Snapshot, status: ReturnType<SnapshotProvider['status']>, now: Date, rc: RenderContext): string {
  const lines = [
    rc.t('footer', {
      loaded: escapeHtml(formatInstant(snap.loadedAt, rc.timeZone, rc.lang)),
      asOf: escapeHtml(formatDay(snap.day, rc.lang)),
    }),
  ];
  if (snap.configVersion && snap.ledgerVersion) {
    lines.push(rc.t('footer-versions', { config: escapeHtml(snap.configVersion), ledger: escapeHtml(snap.ledgerVersion) }));
  }
  if (status.lastError) {
    const hours = Math.max(0, Math.floor((now.getTime() - snap.loadedAt.getTime()) / 3_600_000));
    lines.push(rc.t('footer-stale', { hours }));
  }
  return lines.join('\n');
}
