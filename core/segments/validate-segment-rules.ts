import { buildSegmentLookup, codeIndex } from './build-segment-lookup';
import { scoreCode } from './score-code';
import type { RuleWarning, SegmentRule } from './types';
import { pluralWord, type NounForms } from '../plural-word';

const CODES: NounForms = { ru: { one: 'код', few: 'кода', many: 'кодов' }, en: { one: 'code', other: 'codes' } };

function codesRu(n: number): string {
  return `${n} ${pluralWord('ru', n, CODES)}`;
}
function codesEn(n: number): string {
  return `${n} ${pluralWord('en', n, CODES)}`;
}

function listCodes(codes: string[]): string {
  return codes.length <= 12 ? codes.join(', ') : `${codes.slice(0, 12).join(', ')} … (+${codes.length - 12})`;
}

/**
 * Warnings about a rule table on a scale, in rule order:
 * - `unreachable`: a rule that no code reaches because earlier rules take all of its codes (lists the codes
 *   and the earlier rules that take them);
 * - `uncovered`: codes no rule matches, which fall to the catch-all segment (one warning listing them).
 * An empty list means every rule is used and every code has a named segment.
 *
 * @example validateSegmentRules([{ name: 'A', r: [1, 2], f: [1, 2], m: [1, 2] }, { name: 'B', r: [1, 1], f: [1, 1], m: [1, 1] }], 2)[0].kind // → "unreachable"
 */
export function validateSegmentRules(rules: readonly SegmentRule[], scale: number, otherSegment = 'Others'): RuleWarning[] {
  const lookup = buildSegmentLookup(rules, scale);
  const warnings: RuleWarning[] = [];
  rules.forEach((rule, k) => {
    const codes: string[] = [];
    const takenBy = new Set<string>();
    let reached = false;
    for (let r = Math.max(1, rule.r[0]); r <= Math.min(scale, rule.r[1]); r++) {
      for (let f = Math.max(1, rule.f[0]); f <= Math.min(scale, rule.f[1]); f++) {
        for (let m = Math.max(1, rule.m[0]); m <= Math.min(scale, rule.m[1]); m++) {
          const owner = lookup[codeIndex(r, f, m, scale)];
          if (owner === k) reached = true;
          else {
            codes.push(scoreCode(r, f, m));
            if (owner >= 0) takenBy.add(rules[owner].name);
          }
        }
      }
    }
    if (reached) return;
    const shadowedBy = [...takenBy];
    warnings.push({
      kind: 'unreachable',
      ruleIndex: k,
      rule: rule.name,
      codes,
      shadowedBy,
      message: {
        ru: codes.length
          ? `Правило №${k + 1} «${rule.name}» никогда не сработает: все его коды (${codesRu(codes.length)}: ${listCodes(codes)}) забирают правила выше: ${shadowedBy.map((n) => `«${n}»`).join(', ')}.`
          : `Правило №${k + 1} «${rule.name}» не подходит ни к одному коду шкалы 1–${scale}.`,
        en: codes.length
          ? `Rule #${k + 1} "${rule.name}" never matches: earlier rules ${shadowedBy.map((n) => `"${n}"`).join(', ')} take all of its ${codesEn(codes.length)} (${listCodes(codes)}).`
          : `Rule #${k + 1} "${rule.name}" matches no code of the 1–${scale} scale.`,
      },
    });
  });
  const uncovered: string[] = [];
  for (let r = 1; r <= scale; r++) {
    for (let f = 1; f <= scale; f++) {
      for (let m = 1; m <= scale; m++) {
        if (lookup[codeIndex(r, f, m, scale)] < 0) uncovered.push(scoreCode(r, f, m));
      }
    }
  }
  if (uncovered.length) {
    warnings.push({
      kind: 'uncovered',
      ruleIndex: null,
      rule: null,
      codes: uncovered,
      shadowedBy: [],
      message: {
        ru: `${codesRu(uncovered.length)} из ${scale ** 3} не подходят ни к одному правилу и попадут в «${otherSegment}»: ${listCodes(uncovered)}.`,
        en: `${codesEn(uncovered.length)} of ${scale ** 3} match no rule and fall to "${otherSegment}": ${listCodes(uncovered)}.`,
      },
    });
  }
  return warnings;
}
