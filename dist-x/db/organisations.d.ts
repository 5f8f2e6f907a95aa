/**
 * Organisations, matched by name regardless of case, punctuation and spacing, so the cover page's
 * "STOCKTON-ON-TEES BOROUGH COUNCIL" and the text's "Stockton-on-Tees Borough Council" are one.
 */
import type { Database } from 'better-sqlite3';
/** The name folded for matching: lower case, accents and punctuation dropped, "&" read as "and". */
export declare function organisationKey(name: string): string;
/** What the manifest says about an organisation; fields it leaves blank are null and keep what the database has. */
export interface OrganisationFacts {
    name: string;
    sector: string | null;
    region: string | null;
    personalDetailsOptOut: boolean | null;
}
/** The organisation's id, creating it with the name as given when it is new. */
export declare function organisationId(db: Database, name: string): number;
/** Records the manifest's facts: its spelling of the name becomes the organisation's name. */
export declare function recordOrganisationFacts(db: Database, facts: OrganisationFacts): number;
