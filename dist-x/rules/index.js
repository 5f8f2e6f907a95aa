import { EXTRACTION_FINDINGS } from '../extract/findings.js';
import { DEFAULT_SCHEME } from '../standard/scheme.js';
import { achievementLevel } from './achievement-level.js';
import { changesBetweenStages } from './changes-between-stages.js';
import { datesInOrder } from './dates-in-order.js';
import { elementInStandard } from './element-in-standard.js';
import { elementRatedTwice } from './element-rated-twice.js';
import { justificationPresent } from './justification-present.js';
import { keyStrengthRatedPartial } from './key-strength-rated-partial.js';
import { namedElementsMatchTotals } from './named-elements-match-totals.js';
import { noNonCompliance } from './no-non-compliance.js';
import { partialComplianceWithinTolerance } from './partial-compliance-within-tolerance.js';
import { proseCountsAgree } from './prose-counts-agree.js';
import { recommendationFollowsResults } from './recommendation-follows-results.js';
import { remainsAsBefore } from './remains-as-before.js';
import { totalsAddUp } from './totals-add-up.js';
import { totalsAgree } from './totals-agree.js';
import { visitWithinCycle } from './visit-within-cycle.js';
/** In the order a quality reviewer reads a report: codes, counts, justifications, the result, the narrative, the cycle. */
export const RULES = [
    elementInStandard,
    elementRatedTwice,
    totalsAddUp,
    totalsAgree,
    namedElementsMatchTotals,
    justificationPresent,
    noNonCompliance,
    partialComplianceWithinTolerance,
    achievementLevel,
    recommendationFollowsResults,
    proseCountsAgree,
    keyStrengthRatedPartial,
    remainsAsBefore,
    changesBetweenStages,
    visitWithinCycle,
    datesInOrder,
];
/** Every id a finding can carry: the rules', and extraction's own. */
export const FINDING_KINDS = [...RULES, ...EXTRACTION_FINDINGS];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
export function stamp(rule, defaultSeverity, draft) {
    return { ...draft, rule, severity: draft.severity ?? defaultSeverity };
}
export function runRules(report, scheme = DEFAULT_SCHEME, rules = RULES) {
    return rules.flatMap((rule) => rule.check(report, scheme).map((draft) => stamp(rule.id, rule.severity, draft)));
}
export function bySeverity(a, b) {
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}
/** Is a finding at least as severe as the threshold? */
export function atLeast(severity, threshold) {
    return SEVERITY_ORDER[severity] <= SEVERITY_ORDER[threshold];
}
//# sourceMappingURL=index.js.map