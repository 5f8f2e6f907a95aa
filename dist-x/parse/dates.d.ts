export declare function isoDate(year: number, month: number, day: number): string | null;
export interface FoundDate {
    iso: string;
    index: number;
    text: string;
}
export declare function findDates(raw: string): FoundDate[];
export declare function parseDate(text: string): string | null;
/** A day and month with no year ("on 9 May"), completed with a year the context gives. */
export declare function parseDayMonth(text: string, year: number): string | null;
/** Months a text names without a day ("October 2015"), as YYYY-MM, in order; months inside a full date are not among them. */
export declare function findMonths(text: string): FoundDate[];
/**
 * The first day of a visit a field gives: "w/c 12 June 2023 (on site Tuesday 13 and Wednesday 14
 * June)" is 13 June, the day on site named after the week; with no day named, the week's date.
 */
export declare function visitStart(text: string): string | null;
