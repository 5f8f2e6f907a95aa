export declare function sha256OfFile(path: string): Promise<string | null>;
