export interface ExportCommandOptions {
    db: string;
    dbOrigin?: string;
    format: 'csv' | 'xlsx' | 'json';
    json?: boolean;
    out: string;
    table?: 'assessments' | 'element_ratings' | 'corrections';
    directory?: boolean;
    /** The values as the reports were read, with every reviewer's correction undone. */
    withoutCorrections?: boolean;
}
export declare function runExport(options: ExportCommandOptions): Promise<number>;
