/** The name folded for matching: lower case, accents and punctuation dropped, "&" read as "and". */
export function organisationKey(name) {
    return name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** The organisation's id, creating it with the name as given when it is new. */
export function organisationId(db, name) {
    const key = organisationKey(name);
    const found = db.prepare('SELECT id FROM organisations WHERE name_key = ?').get(key);
    if (found)
        return found.id;
    return Number(db.prepare('INSERT INTO organisations (name, name_key) VALUES (?, ?)').run(name, key).lastInsertRowid);
}
/** Records the manifest's facts: its spelling of the name becomes the organisation's name. */
export function recordOrganisationFacts(db, facts) {
    const id = organisationId(db, facts.name);
    db.prepare(`UPDATE organisations SET name = ?,
       sector = coalesce(?, sector),
       region = coalesce(?, region),
       personal_details_opt_out = coalesce(?, personal_details_opt_out)
     WHERE id = ?`).run(facts.name, facts.sector, facts.region, facts.personalDetailsOptOut === null ? null : Number(facts.personalDetailsOptOut), id);
    return id;
}
//# sourceMappingURL=organisations.js.map