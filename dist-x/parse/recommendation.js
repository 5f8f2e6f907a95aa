const CONDITIONAL = /^\s*(?:\d+(?:\.\d+)*\s+)?(?:if|should|where|when|unless|once)\b|\bwould\s+(?:expect\s+to\s+|hope\s+to\s+)?recommend/i;
const PATTERNS = [
    {
        outcome: 'not-certify',
        re: /\b(?:unable to|cannot|can ?not|not able to|do not|does not|will not|am not)\s+(?:yet\s+)?recommend|\brecommend\w*\b.{0,120}?\b(?:not\s+(?:be\s+)?(?:re-?)?(?:certif|award|accredit)|withh[eo]ld|withdraw|suspend)|\b(?:certification|accreditation|the award)\s+(?:is|be|should be|will be)\s+(?:withheld|withdrawn|suspended|deferred)/i,
    },
    {
        outcome: 'continue',
        re: /\b(?:remain|continue[sd]?\s+to\s+be|stay)\s+(?:certif|accredit|registered)|\bcontinu(?:ed|ing|ation of)\s+(?:certif|accredit|registration)|\bretain(?:ed|s)?\s+(?:the|its|our|their)\s+(?:cse\s+)?(?:standard|certif|accredit|award)/i,
    },
    {
        outcome: 'certify',
        // The verb, not "recommendation about your certification": recommend … for certification,
        // recommend that … be certificated / awarded, recommend (re-)certification.
        re: /\brecommend(?:s|ed|ing)?\b.{0,80}?\bfor\s+(?:re-?)?(?:certification|accreditation|the award)\b|\brecommend\w*\b.{0,120}?\b(?:be|is|are)\s+(?:re-?)?(?:certificated|certified|awarded|accredited)\b|\brecommend(?:s|ed|ing)?\s+(?:re-?)?(?:certification|accreditation)\b/i,
    },
];
/** The outcome one sentence recommends, or null when it recommends none or only on a condition. */
export function recommendedOutcome(sentence) {
    if (CONDITIONAL.test(sentence))
        return null;
    for (const { outcome, re } of PATTERNS)
        if (re.test(sentence))
            return outcome;
    return null;
}
//# sourceMappingURL=recommendation.js.map