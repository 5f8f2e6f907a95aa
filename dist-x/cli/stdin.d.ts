import type { ExtractOutput } from '../schema/report.js';
export type StdinFormat = 'pdf' | 'docx' | 'md' | 'txt';
export declare const STDIN_NAME = "standard input";
export declare function extractStdin(format: StdinFormat | undefined, extract: (path: string) => Promise<ExtractOutput>): Promise<ExtractOutput>;
