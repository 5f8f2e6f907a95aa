import type { PoolLimits } from '../pipeline/parser-pool.js';
import type { ReadOptions } from '../read/index.js';
export interface ServeOptions {
    database: string;
    port: number;
    host: string;
    readOptions: ReadOptions;
    poolLimits: PoolLimits;
}
export interface RunningServer {
    url: string;
    close(): Promise<void>;
}
export declare function startServer(options: ServeOptions): Promise<RunningServer>;
