import { type ReadLimits } from './limits.js';
export interface ServeCommandOptions extends ReadLimits {
    db: string;
    dbOrigin: string;
    port: number;
    host: string;
}
export declare function runServe(options: ServeCommandOptions): Promise<number>;
