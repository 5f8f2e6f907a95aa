import { organisationKey } from './organisations.js';
const SEARCH = `
SELECT t.kind, t.text, t.assessment_id, t.source_document_id, t.element_code, t.section, t.location,
       snippet(text_search, 0, ?, ?, '…', 24) AS snippet,
       d.path, o.name AS organisation, a.stage,
       NOT EXISTS (SELECT 1 FROM assessment_documents ad WHERE ad.source_document_id = d.id AND ad.role = 'current') AS superseded
FROM text_search t
JOIN source_documents d ON d.id = t.source_document_id
LEFT JOIN assessments a ON a.id = t.assessment_id
LEFT JOIN organisations o ON o.id = coalesce(a.organisation_id, d.organisation_id)
LEFT JOIN element_ratings r ON r.assessment_id = t.assessment_id AND r.element_code = t.element_code
WHERE text_search MATCH ?
  AND (:org IS NULL OR o.name_key LIKE '%' || :org || '%')
  AND (:stage IS NULL OR a.stage = :stage)
  AND (:element IS NULL OR t.element_code = :element)
  AND (:rating IS NULL OR r.rating = :rating)
ORDER BY bm25(text_search)
LIMIT ?`;
/** The query has something to search for: a letter or a digit (FTS5 indexes nothing else). */
export function hasSearchableText(query) {
    return /[\p{L}\p{N}]/u.test(query);
}
/** Each word as a quoted FTS5 string, so punctuation in it ("Stockton-on-Tees") is no operator. */
export function plainWordsQuery(query) {
    return query
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => `"${word.replace(/"/g, '""')}"`)
        .join(' ');
}
export function searchText(db, query, options) {
    const statement = db.prepare(SEARCH);
    // One cell of a report may justify several elements; it is fetched once per element and shown once.
    const fetchLimit = options.limit * 4;
    const filters = {
        org: options.organisation ? organisationKey(options.organisation) : null,
        stage: options.stage ?? null,
        element: options.element ?? null,
        rating: options.rating ?? null,
    };
    let rows;
    try {
        rows = statement.all(filters, ...options.highlight, query, fetchLimit);
    }
    catch (error) {
        // The statement is prepared, so an SQLITE_ERROR here is FTS5 refusing the query's syntax
        // (an unbalanced quote, a lone `*`, `col:` naming no column); its words are searched instead.
        if (error.code !== 'SQLITE_ERROR')
            throw error;
        rows = statement.all(filters, ...options.highlight, plainWordsQuery(query), fetchLimit);
        options.onSearchedAsWords?.();
    }
    const hits = new Map();
    for (const row of rows) {
        const key = `${row.kind}\u0000${row.assessment_id ?? row.source_document_id}\u0000${row.text}`;
        const hit = hits.get(key);
        if (hit) {
            if (row.element_code)
                hit.elements.push(row.element_code);
            continue;
        }
        if (hits.size === options.limit)
            continue;
        hits.set(key, {
            kind: row.kind,
            organisation: row.organisation,
            stage: row.stage,
            elements: row.element_code ? [row.element_code] : [],
            section: row.section,
            location: row.location,
            path: row.path,
            superseded: row.superseded === 1,
            snippet: row.snippet,
        });
    }
    for (const hit of hits.values())
        hit.elements.sort();
    return [...hits.values()];
}
//# sourceMappingURL=search.js.map