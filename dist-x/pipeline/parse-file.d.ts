import type { ReadOptions } from '../read/index.js';
import type { ExtractOutput } from '../schema/report.js';
import type { NarrativePassage } from '../db/load-report.js';
export interface ParseTask {
    path: string;
    readOptions: ReadOptions;
    /** Collect the narrative passages for search (an import does; extract, check and batch do not). */
    passages?: boolean;
}
export interface ParsedFile {
    path: string;
    output: ExtractOutput;
    sizeBytes: number | null;
    passages: NarrativePassage[];
    /** For a file that failed: what the reader library said, shown with --verbose. */
    detail?: string | null;
}
export default function parseFile(task: ParseTask): Promise<ParsedFile>;
