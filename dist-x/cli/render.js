/** Text for people: a report's summary and its findings grouped by stage. Rules never print; this does. */
import { verdictLine, verdictOf } from '../check/verdict.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { bySeverity } from '../rules/index.js';
import { ELEMENTS } from '../standard/catalogue.js';
import { plural, table } from '../text-format.js';
const TEMPLATE_NAMES = {
    'centre-for-assessment': 'Centre for Assessment multi-stage report',
    'assessment-services': 'Assessment Services Ltd (G4S) report',
    'committee-summary': "holder's committee summary",
    other: 'report in another layout (read by its evidence)',
};
function count(assessment, rating) {
    return String(assessment.elements.filter((e) => e.rating === rating).length);
}
export function severityCounts(findings) {
    return {
        error: findings.filter((f) => f.severity === 'error').length,
        warning: findings.filter((f) => f.severity === 'warning').length,
        info: findings.filter((f) => f.severity === 'info').length,
    };
}
export function renderReport(report) {
    const lines = [
        report.source.path,
        table([
            ['Template', TEMPLATE_NAMES[report.template]],
            ['Organisation', report.organisation ?? '(not named in the document)'],
            ['Assessment body', report.assessmentBody ?? '(not named in the document)'],
        ]),
        '',
    ];
    const rows = [['Stage', 'Status', 'Report date', 'Assessors', 'CP', 'C', 'PC', 'NC', 'Elements rated']];
    for (const a of report.assessments) {
        if (a.status === 'not-started') {
            rows.push([STAGE_NAMES[a.stage], 'not started', '', '', '', '', '', '', '']);
            continue;
        }
        const derived = a.elements.filter((e) => e.basis === 'derived').length;
        rows.push([
            STAGE_NAMES[a.stage],
            'completed',
            a.reportDate ?? '-',
            a.assessors.join(', ') || '-',
            count(a, 'compliance-plus'),
            count(a, 'compliance'),
            count(a, 'partial-compliance'),
            count(a, 'non-compliance'),
            `${a.elements.length} of ${ELEMENTS.length}${derived ? ` (${derived} derived)` : ''}`,
        ]);
    }
    lines.push(table(rows));
    const counts = severityCounts(report.findings);
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`];
    lines.push('', `  Findings: ${parts.join(', ')}${report.findings.length ? ` (see them with: cse check ${report.source.path})` : ''}`);
    return lines.join('\n');
}
function findingLine(f) {
    const where = [f.criterion ? `criterion ${f.criterion}` : null, f.location?.line ? `line ${f.location.line}` : null, f.location?.page ? `page ${f.location.page}` : null]
        .filter(Boolean)
        .join(', ');
    return `  ${f.severity.padEnd(7)} ${f.message}${where ? ` (${where})` : ''} [${f.rule}]`;
}
export function renderFindings(report, scheme) {
    const lines = [`${report.source.path}: ${report.organisation ?? 'organisation not named'}${report.assessmentBody ? ` (${report.assessmentBody})` : ''}`];
    const general = report.findings.filter((f) => f.stage === null);
    if (general.length)
        lines.push('', 'Whole document', ...general.sort(bySeverity).map(findingLine));
    const seen = new Set();
    for (const assessment of report.assessments) {
        if (seen.has(assessment.stage))
            continue;
        seen.add(assessment.stage);
        const name = STAGE_NAMES[assessment.stage];
        if (assessment.status === 'not-started') {
            lines.push('', `${name}: not started (an empty section of the template)`);
            continue;
        }
        lines.push('', `${name}: ${verdictLine(verdictOf(assessment, scheme, report))}`);
        const findings = report.findings.filter((f) => f.stage === assessment.stage).sort(bySeverity);
        lines.push(...(findings.length ? findings.map(findingLine) : ['  no findings']));
    }
    const counts = severityCounts(report.findings);
    lines.push('', `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info.`);
    return lines.join('\n');
}
//# sourceMappingURL=render.js.map