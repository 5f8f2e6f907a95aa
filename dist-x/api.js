/**
 * The library: read → extract → derive → check, one file at a time. `extractFile` never throws
 * for a bad file: it returns the contract's failure object, so a batch can go on.
 */
import { extractDraft } from './extract/index.js';
import { isCseError, isStackOverflow } from './errors.js';
import { failure } from './failure.js';
import { nestedTooDeeply, readReportFile } from './read/index.js';
import { FINDING_KINDS, runRules, stamp } from './rules/index.js';
import { Report, SCHEMA_VERSION } from './schema/report.js';
import { DEFAULT_SCHEME } from './standard/scheme.js';
import { applyConfig, DEFAULT_CONFIG } from './check/config.js';
export { failure, isFailure } from './failure.js';
/** Reads and extracts one report, with its findings. Throws a CseError when the file cannot be. */
export async function extract(path, options = {}) {
    const read = await readReportFile(path, options);
    options.onRead?.(read);
    let draft;
    try {
        draft = extractDraft(read.document, path);
    }
    catch (error) {
        const failure = isStackOverflow(error) ? nestedTooDeeply(path) : error;
        if (isCseError(failure))
            failure.sha256 = read.sha256;
        throw failure;
    }
    const report = Report.parse({
        schemaVersion: SCHEMA_VERSION,
        source: {
            path,
            format: read.format,
            sha256: read.sha256,
            ...(read.document.diagnostics.length > 0 && {
                diagnostics: read.document.diagnostics.map(({ severity, message, loc }) => ({ severity, message, ...(loc && { location: loc }) })),
            }),
        },
        template: draft.template,
        organisation: draft.organisation,
        assessmentBody: draft.assessmentBody,
        assessments: draft.assessments,
        findings: [],
    });
    const notes = draft.notes.map((note) => stamp(note.rule, FINDING_KINDS.find((k) => k.id === note.rule)?.severity ?? 'info', note));
    const findings = [...notes, ...runRules(report, options.scheme ?? DEFAULT_SCHEME)];
    return { ...report, findings: applyConfig(findings, options.config ?? DEFAULT_CONFIG) };
}
/** Like `extract`, but a file that cannot be read or is not a report gives the contract's failure object. */
export async function extractFile(path, options = {}) {
    try {
        return await extract(path, options);
    }
    catch (error) {
        if (isCseError(error))
            return failure(path, error);
        throw error;
    }
}
//# sourceMappingURL=api.js.map