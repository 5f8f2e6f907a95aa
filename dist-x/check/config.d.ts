/**
 * The check configuration: a JSON file that changes the severity of individual rules, turns a
 * rule off, or sets the severity from which `cse check` fails. Schema-checked with zod; the
 * defaults are the schema's, so they live here and nowhere else.
 *
 * ```json
 * { "failOn": "warning", "rules": { "changes-between-stages": "off", "totals-add-up": "error" } }
 * ```
 */
import { z } from 'zod';
import { type Finding } from '../schema/report.js';
export declare const FailOn: z.ZodEnum<{
    warning: "warning";
    error: "error";
}>;
export type FailOn = z.infer<typeof FailOn>;
export declare const CheckConfig: z.ZodObject<{
    failOn: z.ZodDefault<z.ZodEnum<{
        warning: "warning";
        error: "error";
    }>>;
    rules: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodEnum<{
        warning: "warning";
        info: "info";
        error: "error";
    }>, z.ZodLiteral<"off">]>>>;
}, z.core.$strict>;
export type CheckConfig = z.infer<typeof CheckConfig>;
export declare const DEFAULT_CONFIG: CheckConfig;
/** Reads and checks a configuration file; throws CseError('invalid-config') naming the file and what is wrong. */
export declare function loadConfig(path: string): Promise<CheckConfig>;
/** The findings as the configuration wants them: rules turned off dropped, severities replaced. */
export declare function applyConfig(findings: readonly Finding[], config: CheckConfig): Finding[];
