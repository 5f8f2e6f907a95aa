import { stageVerdicts } from '../check/verdict.js';
import { type PoolLimits } from '../pipeline/parser-pool.js';
import { type ImportEntry } from '../pipeline/import.js';
import type { ReadOptions } from '../read/index.js';
import type { ExtractOutput } from '../schema/report.js';
export interface CheckedUpload {
    token: string;
    name: string;
    output: ExtractOutput;
    /** Each stage's verdict, as `cse check --json` gives them; empty for a file that could not be read. */
    stages: ReturnType<typeof stageVerdicts>;
}
/** A name safe to write: the upload's own file name, with anything but letters, digits, dot, dash and underscore made "_". */
export declare function safeName(name: string): string;
export declare class Uploads {
    private readonly readOptions;
    private readonly folder;
    private readonly files;
    private readonly pool;
    constructor(readOptions: ReadOptions, poolLimits: PoolLimits);
    check(name: string, bytes: Uint8Array): Promise<CheckedUpload>;
    /** Imports a checked upload into the database; null when the token is unknown (the app restarted, or it never was). */
    import(token: string, database: string): Promise<ImportEntry | null>;
    close(): Promise<void>;
}
