/**
 * The text of an imported file as cse read it (its document model: headings, paragraphs, lists,
 * tables, each with its page, line or paragraph), for the report page's source pane. Read again
 * from the file the document was imported from, within the read limits; a file that is gone or
 * has changed since is said so, never shown as if it were the one read.
 */
import { isCseError } from '../errors.js';
import { readReportFile } from '../read/index.js';
export async function sourceText(path, sha256, options) {
    try {
        const read = await readReportFile(path, options);
        if (read.sha256 !== sha256) {
            return { error: { code: 'file-changed', message: `${path} has changed since it was imported: import it again to see the text it now holds` } };
        }
        return { blocks: read.document.blocks };
    }
    catch (error) {
        if (isCseError(error))
            return { error: { code: error.code, message: error.message } };
        throw error;
    }
}
//# sourceMappingURL=source-text.js.map