export declare const CSE_VERSION: string;
