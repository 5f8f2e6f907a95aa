export const EXTRACTION_FINDINGS = [
    {
        id: 'unreadable-element-code',
        severity: 'info',
        description: 'A table row whose element code the text lost: its rating or comment is not attributed by guess.',
        source: 'Extraction; output contract ("never guess").',
    },
    {
        id: 'organisation-not-named',
        severity: 'info',
        description: 'A committee paper that never names the organisation it reports on.',
        source: 'Extraction; seed 004.',
    },
    {
        id: 'incomplete-reading',
        severity: 'warning',
        description: 'Something the report holds could not be read: elements with no rating that could be read or derived, a table of ratings in a shape cse does not know. Nothing is guessed; the stage is read only in part.',
        source: 'Extraction; output contract ("never guess": say why a value is missing).',
    },
    {
        id: 'stage-unknown',
        severity: 'warning',
        description: 'The report does not say which visit of the certification cycle it is, or names it by a label that does not ("C3", "RP2", "Review 3", "Surveillance visit"); the stage is left unknown rather than guessed.',
        source: 'Extraction; domain.md, the cycle; output contract ("never guess").',
    },
    {
        id: 'detail-not-read',
        severity: 'info',
        description: 'A completed stage with no assessor, or no report or visit date, that could be read.',
        source: 'Extraction; domain.md, "What a report holds".',
    },
    {
        id: 'heading-contradicts-stage',
        severity: 'warning',
        description: 'A heading names another stage than the report\'s own ("Year 2" in an "Annual Review Year 1" report).',
        source: 'Extraction; domain.md known inconsistencies (Melton); seed 003 section 8.',
    },
];
//# sourceMappingURL=findings.js.map