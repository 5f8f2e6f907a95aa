export interface Sheet {
    name: string;
    columns: string[];
    rows: Record<string, unknown>[];
}
export declare function workbookOf(sheets: readonly Sheet[]): Promise<Buffer>;
