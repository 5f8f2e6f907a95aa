/** `cse search QUERY`: justifications and narrative that mention something, best matches first. */
import { openExistingDatabase } from '../db/open.js';
import { hasSearchableText, searchText } from '../db/search.js';
import { STAGE_NAMES } from '../parse/stages.js';
/** A query with nothing to search for: like `cse extract` on an unreadable file, exit 2, said on one line. */
const EXIT_BAD_QUERY = 2;
const QUERY_HELP = 'write words (all must match), "a phrase" in double quotes, a prefix as inclus*, or digital OR online';
export function runSearch(query, options) {
    if (!hasSearchableText(query)) {
        process.stderr.write(`cse: search for some words: ${JSON.stringify(query)} has no letters or digits; ${QUERY_HELP}.\n`);
        return EXIT_BAD_QUERY;
    }
    const db = openExistingDatabase(options.db, options.dbOrigin);
    try {
        const highlight = options.json || !process.stdout.isTTY ? ['[', ']'] : ['\u001b[1m', '\u001b[22m'];
        const filters = { organisation: options.org, stage: options.stage, element: options.element, rating: options.rating };
        // Malformed syntax is said, not passed over: the words are still searched, so a script gets its answer.
        const onSearchedAsWords = () => process.stderr.write(`cse: ${JSON.stringify(query)} is not a query cse can read as written, so its words were searched for instead; ${QUERY_HELP}.\n`);
        const hits = searchText(db, query, { limit: options.limit, highlight, onSearchedAsWords, ...filters });
        if (options.json) {
            process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
            return 0;
        }
        if (!hits.length) {
            process.stdout.write(`Nothing found for ${JSON.stringify(query)}.\n`);
            return 0;
        }
        for (const hit of hits) {
            const what = hit.kind === 'justification'
                ? `${STAGE_NAMES[hit.stage] ?? hit.stage}, ${hit.elements.length > 1 ? 'elements' : 'element'} ${hit.elements.join(', ')}`
                : [hit.section, hit.location].filter(Boolean).join(', ');
            process.stdout.write(`${hit.organisation ?? '(organisation not named)'} · ${what}\n  ${hit.snippet.replace(/\s+/g, ' ')}\n  ${hit.path}${hit.superseded ? ' (superseded by a corrected re-issue)' : ''}\n\n`);
        }
        process.stdout.write(`${hits.length} ${hits.length === 1 ? 'match' : 'matches'}${hits.length === options.limit ? ` (the first ${options.limit}; more with --limit)` : ''}.\n`);
        return 0;
    }
    finally {
        db.close();
    }
}
//# sourceMappingURL=search.js.map