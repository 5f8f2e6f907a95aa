import type { Finding, Report, Severity } from '../schema/report.js';
import type { Scheme } from '../standard/scheme.js';
export declare function severityCounts(findings: readonly Finding[]): Record<Severity, number>;
export declare function renderReport(report: Report): string;
export declare function renderFindings(report: Report, scheme: Scheme): string;
