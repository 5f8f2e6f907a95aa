/**
 * The CPU-bound part of an import, one file: read, extract, check, and collect the narrative for
 * search. It runs in one of the parser pool's child processes (this module's default export is
 * the pool's task); it never touches the database.
 */
import { extract } from '../api.js';
import { isCseError } from '../errors.js';
import { failure } from '../failure.js';
import { narrativePassages } from './passages.js';
// pdfjs leaves some promises of a damaged PDF rejected with no one waiting on them (an
// XRefEntryException for a page after the document has failed); in Node's default mode such a
// rejection ends the reader's process, failing whichever file it is reading by then. The file that
// caused it has already failed with its own error.
process.on('unhandledRejection', () => { });
export default async function parseFile(task) {
    let passages = [];
    let sizeBytes = null;
    try {
        const output = await extract(task.path, {
            ...task.readOptions,
            onRead(read) {
                sizeBytes = read.bytes;
                if (task.passages)
                    passages = narrativePassages(read.document);
            },
        });
        return { path: task.path, output, sizeBytes, passages };
    }
    catch (error) {
        if (!isCseError(error))
            throw error;
        return { path: task.path, output: failure(task.path, error), sizeBytes, passages: [], detail: error.detail };
    }
}
//# sourceMappingURL=parse-file.js.map