/**
 * The elements text names by codes, ranges and whole criteria, in the standard's order, when it
 * holds nothing else and names at least one range or criterion; null otherwise (a plain list of
 * codes is codeListCell's). After "except", codes are taken out of the criterion or range before
 * them, until a ";" or a code outside it.
 */
export declare function codesWithRanges(text: string): string[] | null;
