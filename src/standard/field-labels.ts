/**
 * The labels reports put before the facts of a visit, as data: a body's new wording is a new
 * alternative here. Matched against a label as `normaliseLabel` gives it (lower case, colons and
 * stars dropped, spacing made single).
 */
export type FieldKind = 'organisation' | 'assessors' | 'reportDate' | 'visitDate' | 'documentReviewDate' | 'stage';

export const FIELD_LABELS: readonly { kind: FieldKind; label: RegExp }[] = [
  {
    kind: 'organisation',
    label: /^(?:name of (?:the )?(?:organi[sz]ation|client|applicant|holder|service(?: provider)?)|organi[sz]ation(?: name)?(?: (?:\/|or|and) service)?(?: assessed)?|client(?: name| organi[sz]ation)?|applicant(?: organi[sz]ation)?|certificate holder|holder|service assessed|customer organi[sz]ation)$/,
  },
  {
    kind: 'assessors',
    label: /^(?:(?:your|our|the)\s+)?(?:(?:lead|principal|cse|registered|external|co|second|support|supporting|additional|technical|team|observing|trainee|shadow)[\s-]+)?assessors?(?:\s+\d)?(?:\s*\(s\))?(?:'s|s')?(?:\s+names?)?$|^(?:name of|names of) (?:the )?(?:lead )?assessors?$|^(?:assessed|prepared|report (?:written|prepared)|written) by(?: (?:the )?(?:cse )?(?:lead )?assessors?)?$|^assessment team(?: members?)?$|^(?:lead |team )?auditors?$|^audit team(?: leader| members?)?$|^team members?$|^assessors? \/ assessment team$|^lead$/,
  },
  {
    kind: 'reportDate',
    label: /^(?:date of (?:this )?(?:part of )?(?:the )?(?:(?:draft|final) )?(?:report|issue)|(?:(?:draft|final) )?report(?: date)?|sent|date (?:of )?report issued|date issued|report issued(?: on)?|issued(?: on)?|date of issue|issue date|date report (?:issued|completed|written|finalised|finalized)|report (?:completed|finalised|finalized|signed off|approved)|(?:findings|results|outcome) (?:reported|issued|sent))$/,
  },
  {
    kind: 'visitDate',
    // "Assessment: 9 and 10 March 2021" as "Visit: …" is: a date where the value is one, else the stage's field.
    label: /^(?:visit|assessment|(?:on[- ]?site |site |assessment )?visits?(?: dates?)?|on[- ]?site(?: assessment| visit)?(?: dates?)?|dates? on[- ]site|dates? of (?:the )?(?:on[- ]?site |site )?(?:visit|assessment)(?: visit)?|assessment (?:visit )?dates?|on[- ]?site (?:assessment )?dates?|dates? of on[- ]?site (?:assessment|visit)|date\(s\) of (?:the )?(?:visit|assessment)|(?:day 1|first day)(?: (?:on[- ]?site|of (?:the )?(?:visit|assessment)))?|stage (?:2|two)(?: \((?:on[- ]?site|site visit|on[- ]?site assessment)\)| on[- ]?site)?|dates? of (?:the )?(?:annual |surveillance )?review(?: visit)?|(?:on[- ]?site )?audit (?:visit )?dates?(?: \(on[- ]?site\))?|dates? of (?:the )?(?:on[- ]?site )?audit(?: visit)?)$/,
  },
  { kind: 'documentReviewDate', label: /^(?:document review(?: \((?:desk(?:[- ]?top)?|desk[- ]based|off[- ]site|remote)\))? (?:date|completed|carried out)|date of (?:the )?(?:document|desk(?:[- ]?top)?) review|(?:(?:pre-?assessment|pre-?visit|corporate|remote|off[- ]?site|desk[- ]based|online|written) )?(?:desk(?:[- ]?top)?|document|evidence) review(?: of (?:the )?(?:evidence|documents?|documentation))?(?: \((?:desk(?:[- ]?top)?|desk[- ]based|off[- ]site|remote|online)\))?(?: date)?|pre-?assessment review date|(?:evidence|documents?|documentation)(?: (?:portal|portfolio|pack|submission|folder|library|repository|store))? reviewed(?: (?:on|off[- ]?site|remotely|online))?|stage (?:1|one)(?: \((?:document|desk(?:[- ]?top)?|evidence) review\)| (?:document|desk(?:[- ]?top)?|evidence) review))$/ },
  {
    kind: 'stage',
    // A paper's title or subject names its stage where it names one ("Subject: CSE – reassessment outcome").
    // A body that writes its reports in a management-system audit template calls the visit an audit ("Audit type: Surveillance 1").
    label: /^(?:(?:assessment|report|review|visit|audit) type|type of (?:assessment|visit|review|report|audit)|audit stage|stage|visit|assessment stage|stage of (?:the )?cycle|purpose of (?:the )?(?:visit|assessment)|assessment|title|subject|re)$/,
  },
];
