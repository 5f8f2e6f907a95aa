/**
 * Which reader a file is for, from its extension. Apart from the readers, so that code which only
 * routes files (the parser pool) does not load them.
 */
import { extname } from 'node:path';
const EXTENSIONS = { '.md': 'md', '.markdown': 'md', '.txt': 'md', '.docx': 'docx', '.pdf': 'pdf' };
/** The format a path's extension says, or null for a type cse does not read. */
export function formatOf(path) {
    return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}
//# sourceMappingURL=format.js.map