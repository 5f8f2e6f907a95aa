import { type BenchCommandOptions } from './bench-options.js';
export declare function runBench(options: BenchCommandOptions): Promise<number>;
