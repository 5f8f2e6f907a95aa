/**
 * A statement that every element a report does not name is compliant: "All other elements were
 * assessed as Compliant", "The remaining 43 elements were found to be fully compliant". With it,
 * the unnamed elements' rating follows (derived); without it, nothing is assumed.
 */
import { OTHER_VISIT } from './other-visit.js';
import { sentences } from './text.js';

const REST_COMPLIANT =
  /\b(?:all|the)\s+(?:of\s+the\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?:\d{1,2}\s+|[a-z-]+\s+)?(?:elements|criteria|areas)\b[^.;]*?\b(?:were|are|was|have\s+been|has\s+been)\s+(?:(?:rated|assessed|judged|found|graded|scored|deemed)\s+(?:as\s+|to\s+be\s+|at\s+)?)?(?:fully\s+|full\s+)?(?:compliant|compliance|met)\b(?![\s-]*(?:plus|\+))/i;

export function statesRestCompliant(text: string): boolean {
  return sentences(text).some((s) => REST_COMPLIANT.test(s) && !OTHER_VISIT.test(s) && !/\b(?:partial|non)\b/i.test(s.slice(REST_COMPLIANT.exec(s)!.index)));
}
