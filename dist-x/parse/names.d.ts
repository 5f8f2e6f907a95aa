export declare function looksLikePersonName(text: string): boolean;
/** A name without its title (Dr, Ms, Mr) or letters after it (MBE, FCMI): titles are not part of a name. */
export declare function withoutTitles(name: string): string;
/** The names in an assessor field, in order, without titles; parts that are not names are dropped. */
export declare function splitPersonNames(text: string): string[];
/** Names that appear in running text, at the position a pattern anchors them. */
export declare const PERSON_NAME_PATTERN: string;
