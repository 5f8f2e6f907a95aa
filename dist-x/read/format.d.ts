import type { Format } from '../schema/report.js';
/** The format a path's extension says, or null for a type cse does not read. */
export declare function formatOf(path: string): Format | null;
