/** `cse extract` and `cse check` on one file. */
import { extractFile, isFailure } from '../api.js';
import { DEFAULT_SCHEME } from '../standard/scheme.js';
import { readOptionsOf, type ReadLimits } from './limits.js';
import { renderFindings, renderReport } from './render.js';

export interface SingleOptions extends ReadLimits {
  json?: boolean;
}

export const EXIT = { ok: 0, findings: 1, bug: 1, unreadable: 2 } as const;

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

export async function runExtract(file: string, options: SingleOptions): Promise<number> {
  const output = await extractFile(file, readOptionsOf(options));
  if (options.json) print(JSON.stringify(output, null, 2));
  if (isFailure(output)) {
    process.stderr.write(`cse: ${output.error.message}\n`);
    return EXIT.unreadable;
  }
  if (!options.json) print(renderReport(output));
  return EXIT.ok;
}

export async function runCheck(file: string, options: SingleOptions): Promise<number> {
  const output = await extractFile(file, readOptionsOf(options));
  if (isFailure(output)) {
    if (options.json) print(JSON.stringify(output, null, 2));
    process.stderr.write(`cse: ${output.error.message}\n`);
    return EXIT.unreadable;
  }
  if (options.json) {
    print(JSON.stringify({ schemaVersion: output.schemaVersion, source: output.source, findings: output.findings }, null, 2));
  } else {
    print(renderFindings(output, DEFAULT_SCHEME));
  }
  return output.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}
