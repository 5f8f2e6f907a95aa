export interface DiscoverOptions {
    /**
     * Glob patterns of files left out, matched against the path from the working folder and the
     * absolute path; one without a `/` matches a name at any depth (as in .gitignore).
     */
    exclude?: readonly string[];
}
export interface Discovery {
    files: string[];
    /** Paths that name nothing: no such file or folder, or a pattern that matches no file. */
    unmatched: string[];
}
export declare function discover(paths: readonly string[], options?: DiscoverOptions): Promise<Discovery>;
/** The folder a path stands for files in: a pattern's part before its first wildcard ("reports/2024" of "reports/2024/*.pdf"). */
export declare function baseOf(path: string): string;
/** The files, or a `not-found` error naming the first path that matches nothing: a typo must not pass as an empty folder. */
export declare function discoverAll(paths: readonly string[], options?: DiscoverOptions): Promise<string[]>;
