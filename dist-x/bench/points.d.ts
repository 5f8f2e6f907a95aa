import { z } from 'zod';
import type { Rating } from '../schema/report.js';
/** Points per rating; every rating has a value, so a scheme is never half-given. */
export declare const PointsScheme: z.ZodObject<{
    'compliance-plus': z.ZodNumber;
    compliance: z.ZodNumber;
    'partial-compliance': z.ZodNumber;
    'non-compliance': z.ZodNumber;
}, z.core.$strict>;
export type PointsScheme = z.infer<typeof PointsScheme>;
/**
 * Compliance is the standard's baseline and earns nothing, so an element a report leaves unrated
 * (a review that reports only what changed) neither helps nor harms the holder. A partial
 * compliance cancels a compliance plus; a non-compliance, which withholds the certificate,
 * outweighs two of them.
 */
export declare const DEFAULT_POINTS: PointsScheme;
/** The short names analysts write in `--points cp=3,c=1,pc=-2,nc=-5`. */
export declare const RATING_ABBREVIATIONS: Record<string, Rating>;
/** A `--points` value that cannot be used; the message says what a good one looks like. */
export declare class PointsError extends Error {
    readonly name = "PointsError";
}
/**
 * Reads `--points`: either `cp=3,c=1,pc=-2,nc=-5` (ratings left out keep their default) or the
 * path of a JSON file giving points by rating name.
 */
export declare function parsePoints(value: string): PointsScheme;
/** The scheme as analysts write it: "cp=2, c=0, pc=-2, nc=-5". */
export declare function describePoints(scheme: PointsScheme): string;
