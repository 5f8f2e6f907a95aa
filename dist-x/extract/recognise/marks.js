/**
 * A mark in a tick matrix: a tick, an X, "Yes", a bullet. A cross drawn as a cross (✗ ✘) or
 * "No" is the absence of a mark, as matrices that fill every column write it.
 */
const MARK = /^(?:[✓✔☑✅√•●■▪◼x]|yes|y|ticked)$/i;
const NOT_MARK = /^(?:[✗✘☐□○◯–—-]|no|n|n\/a|)$/i;
export function isMark(cell) {
    return MARK.test(cell.trim().replace(/\.$/, ''));
}
/** A cell that is blank or says "not this one". */
export function isNoMark(cell) {
    return NOT_MARK.test(cell.trim());
}
//# sourceMappingURL=marks.js.map