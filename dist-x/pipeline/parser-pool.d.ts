import type { ParsedFile, ParseTask } from './parse-file.js';
export interface ParserPool {
    parse(task: ParseTask): Promise<ParsedFile>;
    close(): Promise<void>;
}
export interface PoolLimits {
    /** Most megabytes of heap one file's reader may hold; past it the reader is stopped and its file fails as too-large. */
    maxHeapMb?: number;
}
/**
 * The default heap of one file's reader. The largest report in the fixtures and the bench corpus
 * needs under a fifth of it; with the child's young generation, code and buffers, a process
 * reading one file stays under 512 MB resident.
 */
export declare const DEFAULT_MAX_HEAP_MB = 256;
export declare function createParserPool(processes: number, limits?: PoolLimits): ParserPool;
