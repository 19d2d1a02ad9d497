import { configVersion, ledgerVersion, type Ledger, type RunConfig } from '../../core';

/** The versions a JSON output carries: of the run configuration and of the ledger snapshot. */
export interface RunVersions {
  /** core's configVersion: the same 10 hex digits the add-on's Quality tab and the bot's digests show. */
  config: string;
  /** core's ledgerVersion of the data read. */
  ledger: string;
}

/**
 * The versions of one run, for the `version` field of every JSON output, so a user can see at a glance that
 * the CLI, the add-on and the bot answered from the same inputs.
 * @example runVersions(ledger, config) // → { config: '1e574371dd', ledger: 'b2b13ef394' }
 */
export function runVersions(ledger: Ledger, config: RunConfig): RunVersions {
  return { config: configVersion(config), ledger: ledgerVersion(ledger) };
}

