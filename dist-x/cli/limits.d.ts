/** The read limits every command that reads reports takes: `--max-size`, `--max-unpacked`, `--max-pages`, `--max-seconds` and `--max-memory`. */
import { type Command } from 'commander';
import type { PoolLimits } from '../pipeline/parser-pool.js';
import type { ReadOptions } from '../read/index.js';
export interface ReadLimits {
    maxSize?: number;
    maxUnpacked?: number;
    maxPages?: number;
    maxSeconds?: number;
    /** Bytes of heap one file's reader may hold. */
    maxMemory?: number;
    /** Show what a reader library said about a file it failed on. */
    verbose?: boolean;
}
/** A size such as `20MB`, `500kB` or `1048576`, in bytes. */
export declare function parseSize(value: string): number;
export declare function readOptionsOf(limits: ReadLimits): ReadOptions;
export declare function poolLimitsOf(limits: ReadLimits): PoolLimits;
/** A whole number of at least 1. */
export declare function parseCount(value: string): number;
/** Adds the read-limit options to a command that reads reports. */
export declare function withReadLimits(command: Command): Command;
/** The reader library's words about a failed file, on stderr, when --verbose asks for them. */
export declare function verboseDetail(limits: ReadLimits, detail: string | null | undefined): string;
