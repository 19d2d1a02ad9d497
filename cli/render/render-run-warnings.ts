import type { RfmRun } from '../../core';
import type { Lang } from '../context';

/**
 * What a user must know before trusting a run's segments, one line each in their language: the as-of date's
 * warnings (far past the newest purchase; purchases after today passed over by `latest`), segment rules
 * that never match or codes no rule covers, playbook keys that name no segment (core's rule warnings), and
 * scores that went to no customer with the tie that took them (core's score warnings).
 * @example runWarningLines(run, "en") // → ["F: no customer has score 2 or 3: 64.5% of customers have the same value (0 purchases in the window), …"]
 */
export function runWarningLines(run: RfmRun, lang: Lang): string[] {
  return [...run.dataWarnings.map((w) => w[lang]), ...[...run.segmentRules.warnings, ...run.scoreWarnings].map((w) => w.message[lang])];
}
