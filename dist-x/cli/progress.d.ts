import type { ImportEntry } from '../pipeline/import.js';
export interface Progress {
    start(total: number): void;
    fileDone(entry: ImportEntry, done: number, total: number): void;
    stop(): void;
}
export declare function progressOnStderr(): Progress;
