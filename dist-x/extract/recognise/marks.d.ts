export declare function isMark(cell: string): boolean;
/** A cell that is blank or says "not this one". */
export declare function isNoMark(cell: string): boolean;
