import { BenchError, holderPosition } from '../../bench/league.js';
import { visitsOfHolder } from '../../bench/queries.js';
import { assessmentView } from './assessment.js';
export function changesBetween(before, after) {
    const earlier = new Map(before.record.elements.map((e) => [e.code, e.rating]));
    return after.record.elements.flatMap((e) => {
        const from = earlier.get(e.code);
        return from && from !== e.rating ? [{ code: e.code, from, to: e.rating }] : [];
    });
}
export function holderView(db, organisationId, options) {
    const organisation = db.prepare('SELECT id, name, sector, region FROM organisations WHERE id = ?').get(organisationId);
    if (!organisation)
        return null;
    const assessments = visitsOfHolder(db, organisationId)
        .map((v) => assessmentView(db, v.assessmentId, options.points))
        .filter((a) => a !== null);
    const changes = assessments.slice(1).map((after, i) => ({ from: assessments[i].id, to: after.id, changes: changesBetween(assessments[i], after) }));
    let position = null;
    let positionNote = null;
    try {
        position = holderPosition(db, organisation.name, options);
    }
    catch (error) {
        if (!(error instanceof BenchError))
            throw error;
        positionNote = error.message;
    }
    return { ...organisation, assessments, changes, position, positionNote };
}
//# sourceMappingURL=holder.js.map