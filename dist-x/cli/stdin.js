/**
 * `cse extract -`: a report piped in. The readers and the parser pool read files (a file is parsed
 * in a child process, which is handed a path), so the bytes go to a private temporary file first; the
 * record and its messages then name "standard input", not that file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { UsageError } from './exit.js';
export const STDIN_NAME = 'standard input';
/** The format the bytes say they are, when --format does not: a PDF's header, a zip package (Word), else text. */
function sniff(bytes) {
    if (bytes.subarray(0, 5).toString('latin1') === '%PDF-')
        return 'pdf';
    if (bytes[0] === 0x50 && bytes[1] === 0x4b)
        return 'docx';
    return 'md';
}
function renamed(value, from) {
    return JSON.parse(JSON.stringify(value).split(JSON.stringify(from).slice(1, -1)).join(STDIN_NAME));
}
export async function extractStdin(format, extract) {
    // A terminal would wait for a report typed in by hand; nobody means that.
    if (process.stdin.isTTY)
        throw new UsageError('- reads the report from standard input: pipe or redirect it in (cse extract - --format pdf < report.pdf).');
    const bytes = await buffer(process.stdin);
    const dir = await mkdtemp(join(tmpdir(), 'cse-stdin-'));
    try {
        const path = join(dir, `stdin.${format ?? sniff(bytes)}`);
        await writeFile(path, bytes);
        return renamed(await extract(path), path);
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=stdin.js.map