/**
 * The points a holder earns per element rating, for ranking holders against one another. There
 * is no official scheme: one assessment body ranks the holders it assesses "awarding points
 * depending upon the assessment result" (seed 004) without publishing them, so the points are
 * configuration, with their defaults here and nowhere else.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
const Points = z.number().int().min(-100).max(100);
/** Points per rating; every rating has a value, so a scheme is never half-given. */
export const PointsScheme = z
    .object({
    'compliance-plus': Points,
    compliance: Points,
    'partial-compliance': Points,
    'non-compliance': Points,
})
    .strict();
/**
 * Compliance is the standard's baseline and earns nothing, so an element a report leaves unrated
 * (a review that reports only what changed) neither helps nor harms the holder. A partial
 * compliance cancels a compliance plus; a non-compliance, which withholds the certificate,
 * outweighs two of them.
 */
export const DEFAULT_POINTS = {
    'compliance-plus': 2,
    compliance: 0,
    'partial-compliance': -2,
    'non-compliance': -5,
};
/** The short names analysts write in `--points cp=3,c=1,pc=-2,nc=-5`. */
export const RATING_ABBREVIATIONS = {
    cp: 'compliance-plus',
    c: 'compliance',
    pc: 'partial-compliance',
    nc: 'non-compliance',
};
/** A `--points` value that cannot be used; the message says what a good one looks like. */
export class PointsError extends Error {
    name = 'PointsError';
}
const EXAMPLE = 'for example --points cp=3,c=1,pc=-2,nc=-5, or a JSON file such as {"compliance-plus": 3, "compliance": 1, "partial-compliance": -2, "non-compliance": -5}';
function validated(candidate, from) {
    const result = PointsScheme.safeParse({ ...DEFAULT_POINTS, ...candidate });
    if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || 'points'}: ${i.message}`).join('; ');
        throw new PointsError(`${from} is not a points scheme (${problems}): ${EXAMPLE}.`);
    }
    return result.data;
}
/**
 * Reads `--points`: either `cp=3,c=1,pc=-2,nc=-5` (ratings left out keep their default) or the
 * path of a JSON file giving points by rating name.
 */
export function parsePoints(value) {
    if (/^\s*[a-z]+\s*=/i.test(value)) {
        const candidate = {};
        for (const pair of value.split(',')) {
            const [name = '', points = ''] = pair.split('=').map((s) => s.trim());
            const rating = RATING_ABBREVIATIONS[name.toLowerCase()] ?? name.toLowerCase();
            if (!(rating in DEFAULT_POINTS))
                throw new PointsError(`--points names "${name}", which is not a rating: use cp, c, pc and nc, ${EXAMPLE}.`);
            candidate[rating] = /^[+-]?\d+$/.test(points) ? Number(points) : points;
        }
        return validated(candidate, `--points ${value}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(value, 'utf8'));
    }
    catch (error) {
        throw new PointsError(`--points ${value}: cannot read it as a JSON file (${error.message}): ${EXAMPLE}.`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new PointsError(`--points ${value} does not hold a JSON object: ${EXAMPLE}.`);
    return validated(parsed, `--points ${value}`);
}
/** The scheme as analysts write it: "cp=2, c=0, pc=-2, nc=-5". */
export function describePoints(scheme) {
    return Object.entries(RATING_ABBREVIATIONS)
        .map(([abbreviation, rating]) => `${abbreviation}=${scheme[rating]}`)
        .join(', ');
}
//# sourceMappingURL=points.js.map