/**
 * Words that place a sentence's ratings or counts in another visit than the one reported:
 * "at last year's review", "previously", "From a start of 2 compliance plus", "At that assessment"
 * (a visit the sentence before named).
 */
export const OTHER_VISIT = /\b(last|previous(ly)?|prior|earlier|formerly|at the initial|(?:from|at) (?:a|the) start|at (?:the|our|its|their) (?:19|20)\d{2}|at that (?:assessment|visit|review|inspection)|from (?:19|20)\d{2}|for comparison|by comparison|compared (?:with|to)|(?:has|have) (?:since )?been (?:closed|resolved|addressed|cleared))\b/i;
/** Is the sentence, up to `index`, about another visit? Words after a count ("…, up from eleven at last year's review") do not move the count itself. */
export function aboutOtherVisitBefore(sentence, index) {
    return OTHER_VISIT.test(sentence.slice(0, index));
}
/** A column or caption that names the visit reported: "2019 (this visit)", "This year", "Current review". */
export const THIS_VISIT = /\b(?:this|current|present)\s+(?:visit|review|assessment|reassessment|year)\b/i;
//# sourceMappingURL=other-visit.js.map