export declare const DEFAULT_HTML_REPORT = "out/benchmark.html";
export interface BenchCommandOptions {
    db: string;
    dbOrigin?: string;
    points?: string;
    sector?: string;
    region?: string;
    body?: string;
    year?: number;
    org?: string;
    elements?: boolean;
    trends?: boolean;
    csv?: boolean;
    json?: boolean;
    html?: string | boolean;
    limit: number;
    includePartial?: boolean;
}
/** A year as analysts write it: 2016. */
export declare function parseYear(value: string): number;
/** A whole number, 0 or more (0: no limit). */
export declare function parseLimit(value: string): number;
