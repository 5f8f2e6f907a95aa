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
import { NotRegularFile, readRegularFile } from '../read/regular-file.js';
import { CseError } from '../errors.js';
import { FINDING_KINDS } from '../rules/index.js';
import { Severity } from '../schema/report.js';
const KNOWN_IDS = FINDING_KINDS.map((k) => k.id);
export const FailOn = z.enum(['error', 'warning']).describe('Exit 1 when a finding is at least this severe.');
export const CheckConfig = z
    .object({
    failOn: FailOn.default('error'),
    rules: z
        .record(z.string(), z.union([Severity, z.literal('off')]))
        .default({})
        .superRefine((rules, ctx) => {
        for (const id of Object.keys(rules)) {
            if (!KNOWN_IDS.includes(id))
                ctx.addIssue({ code: 'custom', path: [id], message: `no rule has the id "${id}"` });
        }
    })
        .describe('Rule id → "error" | "warning" | "info" | "off".'),
})
    .strict();
export const DEFAULT_CONFIG = CheckConfig.parse({});
function invalid(path, reason) {
    return new CseError('invalid-config', path, `${path} is not a valid cse configuration: ${reason}. Give {"failOn": "error"|"warning", "rules": {"<rule id>": "error"|"warning"|"info"|"off"}}; the rule ids are listed in docs/rules.md.`);
}
/** Reads and checks a configuration file; throws CseError('invalid-config') naming the file and what is wrong. */
export async function loadConfig(path) {
    let text;
    try {
        text = (await readRegularFile(path)).toString('utf8');
    }
    catch (error) {
        throw invalid(path, error instanceof NotRegularFile ? error.message : `it cannot be read (${error.code ?? 'unknown error'})`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw invalid(path, `it is not JSON (${error.message})`);
    }
    const parsed = CheckConfig.safeParse(json);
    if (!parsed.success) {
        const reasons = parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`);
        throw invalid(path, reasons.join('; '));
    }
    return parsed.data;
}
/** The findings as the configuration wants them: rules turned off dropped, severities replaced. */
export function applyConfig(findings, config) {
    return findings.flatMap((finding) => {
        const setting = config.rules[finding.rule];
        if (setting === undefined)
            return [finding];
        if (setting === 'off')
            return [];
        return [{ ...finding, severity: setting }];
    });
}
//# sourceMappingURL=config.js.map