import type { Context } from 'grammy';
import type { I18n, I18nFlavor } from '@grammyjs/i18n';
import type { Clock } from './clock';
import type { BotConfig } from './config';
import type { ConfigKeeper } from './data/config-keeper';
import type { SnapshotProvider } from './data/snapshot-provider';
import type { ComposeEnv } from './digest/compose-digests';
import type { Logger } from './logger';
import type { Person, Storage } from './storage';

/** Everything the bot's features use, injected once in `createBot`. */
export interface BotDeps {
  config: BotConfig;
  storage: Storage;
  snapshots: SnapshotProvider;
  /** The run configuration in use (the spreadsheet's settings and Rules tabs, else BOT_RFM_CONFIG), with its version. */
  runConfigs?: ConfigKeeper;
  clock: Clock;
  logger: Logger;
  i18n: I18n<BotContext>;
  /** Composition settings shared by commands, the morning run and the dry run. */
  compose: ComposeEnv;
}

/** The context every handler sees: grammY's, plus translations, the known person (null for strangers) and the deps. */
export type BotContext = Context &
  I18nFlavor & {
    person: Person | null;
    deps: BotDeps;
  };
