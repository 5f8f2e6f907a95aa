export declare const SCHEMA_PATH: string;
export declare function renderJsonSchema(): string;
