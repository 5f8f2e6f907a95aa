/**
 * Ruling lines of a page, from its operator list: the borders a table is drawn with. Word and
 * LibreOffice draw them as stroked lines or as thin filled rectangles; both count. Coordinates
 * are tracked through save/restore/transform from the page's upright space (`page`, see
 * index.ts), so they are in the same space as the text.
 */
import { apply, IDENTITY, multiply } from './matrix.js';
import { OPS } from './pdfjs.js';
/** The path operators inside a constructPath argument (pdfjs DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;
/** A filled rectangle thinner than this is a line. */
const MAX_RULE_THICKNESS = 2.5;
/** A stroke shorter than this is a glyph mark or a tick, not a border. */
const MIN_RULE_LENGTH = 4;
const PAINTS = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
function segment(x0, y0, x1, y1) {
    if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) >= MIN_RULE_LENGTH)
        return { orientation: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) };
    if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) >= MIN_RULE_LENGTH)
        return { orientation: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) };
    return null;
}
/** A thin filled rectangle as the line it draws. */
function thinBox(points) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 >= MIN_RULE_LENGTH)
        return { orientation: 'h', at: (y0 + y1) / 2, from: x0, to: x1 };
    if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 >= MIN_RULE_LENGTH)
        return { orientation: 'v', at: (x0 + x1) / 2, from: y0, to: y1 };
    return null;
}
/** The rulings drawn by one path: its straight segments when stroked, its thin boxes when filled. */
function pathRulings(data, ctm, filled) {
    const out = [];
    let subpath = [];
    const flush = () => {
        if (filled && subpath.length >= 4) {
            const box = thinBox(subpath);
            if (box)
                out.push(box);
        }
        subpath = [];
    };
    for (let i = 0; i < data.length;) {
        const op = data[i++];
        if (op === MOVE_TO) {
            flush();
            subpath.push(apply(ctm, data[i++], data[i++]));
        }
        else if (op === LINE_TO) {
            const point = apply(ctm, data[i++], data[i++]);
            const last = subpath.at(-1);
            if (last && !filled) {
                const s = segment(last[0], last[1], point[0], point[1]);
                if (s)
                    out.push(s);
            }
            subpath.push(point);
        }
        else if (op === CURVE_TO) {
            i += 6;
            subpath = [];
        }
        else if (op === QUADRATIC_CURVE_TO) {
            i += 4;
            subpath = [];
        }
        else if (op === CLOSE_PATH) {
            const first = subpath[0];
            const last = subpath.at(-1);
            if (first && last && !filled) {
                const s = segment(last[0], last[1], first[0], first[1]);
                if (s)
                    out.push(s);
            }
        }
        else
            break;
    }
    flush();
    return out;
}
/** Every ruling line the operator list paints, in the space `page` maps the page's own into. */
export function rulingsOf(operatorList, page = IDENTITY) {
    const rulings = [];
    const stack = [];
    let ctm = page;
    const { fnArray, argsArray } = operatorList;
    for (let i = 0; i < fnArray.length; i++) {
        const fn = fnArray[i];
        if (fn === OPS.save)
            stack.push(ctm);
        else if (fn === OPS.restore)
            ctm = stack.pop() ?? page;
        else if (fn === OPS.transform)
            ctm = multiply(ctm, argsArray[i]);
        else if (fn === OPS.constructPath) {
            const [paint, paths] = argsArray[i];
            if (!PAINTS.has(paint))
                continue;
            for (const data of paths ?? [])
                if (data)
                    rulings.push(...pathRulings(data, ctm, FILLS.has(paint)));
        }
    }
    return rulings;
}
//# sourceMappingURL=rulings.js.map