import { isHoldout } from '../core';
import type { BotConfig } from './config';
import type { SnapshotProvider } from './data/snapshot-provider';
import type { ComposeEnv } from './digest/compose-digests';
import { translator, type Language } from './i18n';
import type { I18n } from '@grammyjs/i18n';
import type { BotContext } from './context';
import type { Storage } from './storage';

/**
 * The digest composition settings from the config: currency, time zone, frequency cap, and the holdout rule
 * (core's deterministic assignment by customer id and campaign; off when the share is 0).
 */
export function buildComposeEnv(config: BotConfig, storage: Storage, snapshots: SnapshotProvider, i18n: I18n<BotContext>): ComposeEnv {
  const { share, campaign } = config.holdout;
  return {
    snapshots,
    alertHistory: storage.alerts,
    translate: (lang: Language) => translator(i18n, lang),
    currency: config.currency,
    timeZone: config.timeZone,
    capDays: config.alertCapDays,
    maxAlerts: config.digestMaxAlerts,
    isHoldout: share > 0 ? (id) => isHoldout(id, campaign, share) : () => false,
  };
}
