/**
 * Organisation names as a person writes them: a cover page's "STOCKTON-ON-TEES BOROUGH COUNCIL"
 * becomes "Stockton-on-Tees Borough Council"; a name already in mixed case is left alone.
 */
/** Words that end an organisation's name: "Melton Borough Council", "Kestrel Valley Housing Association". */
export declare const ORGANISATION_NOUN: string;
/** More words that end a name, read only where a name is expected (a cover, a title, a field). */
export declare const TITLE_ORGANISATION_NOUN: string;
export declare function tidyOrganisationName(raw: string): string | null;
