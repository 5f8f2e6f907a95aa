/**
 * Ruling lines of a page, from its operator list: the borders a table is drawn with. Word and
 * LibreOffice draw them as stroked lines or as thin filled rectangles; both count. Coordinates
 * are tracked through save/restore/transform from the page's upright space (`page`, see
 * index.ts), so they are in the same space as the text.
 */
import { type Matrix } from './matrix.js';
/** A horizontal (y fixed, x0 < x1) or vertical (x fixed, y0 < y1) line on the page. */
export interface Ruling {
    orientation: 'h' | 'v';
    /** The fixed coordinate. */
    at: number;
    from: number;
    to: number;
}
/** Every ruling line the operator list paints, in the space `page` maps the page's own into. */
export declare function rulingsOf(operatorList: {
    fnArray: number[];
    argsArray: unknown[];
}, page?: Matrix): Ruling[];
