import type { PlaybookOverride } from '../config/run-config';
import type { RuleWarning } from './types';

/**
 * Warnings for playbook keys that name neither a segment of the run nor a track id: such an entry would
 * silently do nothing (usually a typo).
 *
 * @example playbookWarnings({ Churnd: {} }, ['Churned', 'Others', 'churned'])[0].rule // → "Churnd"
 */
export function playbookWarnings(playbook: Readonly<Record<string, PlaybookOverride>>, knownNames: readonly string[]): RuleWarning[] {
  const known = new Set(knownNames);
  const list = [...known].join(', ');
  return Object.keys(playbook)
    .filter((key) => !known.has(key))
    .map((key) => ({
      kind: 'playbook' as const,
      ruleIndex: null,
      rule: key,
      codes: [],
      shadowedBy: [],
      message: {
        ru: `playbook: «${key}» — нет такого сегмента или трека; запись не используется. Есть: ${list}.`,
        en: `playbook: "${key}" is not a segment or track name, so the entry is unused. Names: ${list}.`,
      },
    }));
}
