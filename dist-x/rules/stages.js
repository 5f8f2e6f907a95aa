export function completedStages(report) {
    const stages = [];
    let previous = null;
    for (const assessment of report.assessments) {
        if (assessment.status !== 'completed')
            continue;
        stages.push({ assessment, previous });
        previous = assessment;
    }
    return stages;
}
export function ratingOf(assessment, code) {
    return assessment.elements.find((e) => e.code === code)?.rating ?? null;
}
//# sourceMappingURL=stages.js.map