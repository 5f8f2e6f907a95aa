/**
 * The text of an imported file as cse read it (its document model: headings, paragraphs, lists,
 * tables, each with its page, line or paragraph), for the report page's source pane. Read again
 * from the file the document was imported from, within the read limits; a file that is gone or
 * has changed since is said so, never shown as if it were the one read.
 */
import { isCseError } from '../errors.js';
import type { Block } from '../document/model.js';
import { readReportFile, type ReadOptions } from '../read/index.js';

export type SourceText = { blocks: Block[] } | { error: { code: string; message: string } };

export async function sourceText(path: string, sha256: string, options: ReadOptions): Promise<SourceText> {
  try {
    const read = await readReportFile(path, options);
    if (read.sha256 !== sha256) {
      return { error: { code: 'file-changed', message: `${path} has changed since it was imported: import it again to see the text it now holds` } };
    }
    return { blocks: read.document.blocks };
  } catch (error) {
    if (isCseError(error)) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}
