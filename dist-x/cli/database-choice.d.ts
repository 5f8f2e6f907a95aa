export interface DatabaseChoice {
    path: string;
    /** Where the path came from, as a person reads it: "from --db", "from CSE_DB", … */
    origin: string;
}
interface ConfigFound {
    file: string;
    db: unknown;
}
/** The nearest config file from `cwd` upwards: cse.config.json, or a package.json with a `cse` key. */
export declare function findConfig(cwd: string): ConfigFound | null;
export declare function chooseDatabase(option: string | undefined, cwd?: string, env?: NodeJS.ProcessEnv): DatabaseChoice;
export {};
