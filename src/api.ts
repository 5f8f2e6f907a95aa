/**
 * The library: read → extract → derive → check, one file at a time. `extractFile` never throws
 * for a bad file: it returns the contract's failure object, so a batch can go on.
 */
import { extractDraft } from './extract/index.js';
import { isCseError, isStackOverflow } from './errors.js';
import { failure } from './failure.js';
import { nestedTooDeeply, readReportFile, type ReadOptions, type ReadResult } from './read/index.js';
import { FINDING_KINDS, runRules, stamp } from './rules/index.js';
import { Report, SCHEMA_VERSION, type ExtractOutput } from './schema/report.js';
import { DEFAULT_SCHEME, type Scheme } from './standard/scheme.js';
import { applyConfig, DEFAULT_CONFIG, type CheckConfig } from './check/config.js';

export { failure, isFailure } from './failure.js';

export interface ExtractOptions extends ReadOptions {
  scheme?: Scheme;
  /** Severities changed and rules turned off (`cse check --config`). */
  config?: CheckConfig;
  /** Called with what was read, before extraction: for callers that also keep the text (the importer indexes it). */
  onRead?: (read: ReadResult) => void;
}

/** Reads and extracts one report, with its findings. Throws a CseError when the file cannot be. */
export async function extract(path: string, options: ExtractOptions = {}): Promise<Report> {
  const read = await readReportFile(path, options);
  options.onRead?.(read);
  let draft;
  try {
    draft = extractDraft(read.document, path);
  } catch (error) {
    const failure = isStackOverflow(error) ? nestedTooDeeply(path) : error;
    if (isCseError(failure)) failure.sha256 = read.sha256;
    throw failure;
  }
  const report: Report = Report.parse({
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
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<ExtractOutput> {
  try {
    return await extract(path, options);
  } catch (error) {
    if (isCseError(error)) return failure(path, error);
    throw error;
  }
}
