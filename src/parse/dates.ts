/**
 * Dates in the spellings reports use: `17.07.19`, `12/03/2024` (UK day first), `17th July 2020`,
 * `6th to 8th July 2020` (the first day), `22nd and 23rd July 2021`, `7/8 October 2010`, `2020-07-17`,
 * `5th & 6th April '18` (a year cut to two digits after an apostrophe).
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERN = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** "2018", or "'18" after a month. */
const YEAR = String.raw`(\d{4}|['’‘]\d{2})`;

function monthNumber(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

function fullYear(written: string): number {
  const year = written.replace(/^['’‘]/, '');
  const y = Number(year);
  if (year.length === 4) return y;
  return y >= 70 ? 1900 + y : 2000 + y;
}

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

const PATTERNS: { re: RegExp; build: (m: RegExpExecArray, defaultYear?: number) => string | null }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, build: (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    re: /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/g,
    build: (m) => isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1])),
  },
  {
    // "30 June – 1 July 2026", "30th of December to 2nd of January 2026": the first day, in the year the range ends in or the one before.
    // "Wednesday 14 June and Thursday 15 June 2017" (the weekdays blanked): two days, the first.
    re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH_PATTERN}\.?\s*(?:-|–|—|to|until|and|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}\.?,?\s+(\d{4})\b`, 'gi'),
    build: (m) => isoDate(Number(m[4]) - (monthNumber(m[2]!) > monthNumber(m[3]!) ? 1 : 0), monthNumber(m[2]!), Number(m[1])),
  },
  {
    // "June 30 – July 1, 2026": the same, month first.
    re: new RegExp(String.raw`\b${MONTH_PATTERN}\.?\s+${DAY}\s*(?:-|–|—|to|until)\s*${MONTH_PATTERN}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi'),
    build: (m) => isoDate(Number(m[4]) - (monthNumber(m[1]!) > monthNumber(m[3]!) ? 1 : 0), monthNumber(m[1]!), Number(m[2])),
  },
  {
    // "17th July 2020", "6th to 8th July 2020", "22nd and 23rd July 2021", "4 & 5 June 2024", "7/8 October 2010": the first day.
    // "23, 24 and 25 May 2017": the first of several days.
    re: new RegExp(String.raw`\b${DAY}(?:\s*(?:,|to|and|&|-|–|—|\/)\s*\d{1,2}(?:st|nd|rd|th)?)*\s+(?:of\s+)?${MONTH_PATTERN}\.?,?\s+${YEAR}\b`, 'gi'),
    build: (m) => isoDate(fullYear(m[3]!), monthNumber(m[2]!), Number(m[1])),
  },
  {
    // "March 5, 2024", "March 5–7, 2024": the first day.
    re: new RegExp(String.raw`\b${MONTH_PATTERN}\.?\s+${DAY}(?:\s*(?:-|–|—|to|and|&)\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s+${YEAR}\b`, 'gi'),
    build: (m) => isoDate(fullYear(m[3]!), monthNumber(m[1]!), Number(m[2])),
  },
];

/** Every full date (day, month and year) in the text, in order. */
/** "Tuesday 8th to Thursday 10th November 2016": weekday names blanked (same length, so indexes hold) before dates are read. */
const WEEKDAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b\.?(?=\s+\d))\.?,?/gi;

function withoutWeekdays(raw: string): string {
  return /day\b|\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?\s+\d/i.test(raw) ? raw.replace(WEEKDAY, (day) => ' '.repeat(day.length)) : raw;
}

export function findDates(raw: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every spelling has a year of two digits at least: a text without two digits together holds no date.
  if (!/\d\d/.test(raw)) return found;
  const text = withoutWeekdays(raw);
  for (const { re, build } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const iso = build(m as RegExpExecArray);
      if (iso && !found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) {
        found.push({ iso, index: m.index, text: m[0] });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** A day and month with no year ("on 9 May"), completed with a year the context gives. */
export function parseDayMonth(text: string, year: number): string | null {
  const m = new RegExp(String.raw`\b${DAY}(?:\s*(?:to|and|&|-|–|—|\/)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?${MONTH_PATTERN}\b`, 'i').exec(withoutWeekdays(text));
  return m ? isoDate(year, monthNumber(m[2]!), Number(m[1])) : null;
}

/** Months a text names without a day ("October 2015"), as YYYY-MM, in order; months inside a full date are not among them. */
const MONTH_AND_YEAR = new RegExp(String.raw`\b${MONTH_PATTERN}\.?,?\s+(\d{4})\b`, 'gi');

export function findMonths(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const months = [...text.matchAll(MONTH_AND_YEAR)];
  // Full dates are looked for only in a text that names a month with its year (most paragraphs name none).
  if (months.length === 0) return found;
  const full = findDates(text);
  for (const m of months) {
    if (full.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    found.push({ iso: `${m[2]}-${String(monthNumber(m[1]!)).padStart(2, '0')}`, index: m.index, text: m[0] });
  }
  return found;
}

/** "w/c 12 June 2023", "week commencing 9 March 2026": the Monday of the week a visit falls in, not a day of it. */
const WEEK_OF = /\b(?:w\/?c|w\.c\.|week\s+(?:commencing|beginning|starting|of))\s*$/i;

/**
 * The first day of a visit a field gives: "w/c 12 June 2023 (on site Tuesday 13 and Wednesday 14
 * June)" is 13 June, the day on site named after the week; with no day named, the week's date.
 */
export function visitStart(text: string): string | null {
  const dates = findDates(text);
  const first = dates[0];
  if (!first || !WEEK_OF.test(text.slice(0, first.index))) return first?.iso ?? null;
  const after = text.slice(first.index + first.text.length);
  const day = findDates(after)[0]?.iso ?? parseDayMonth(after, Number(first.iso.slice(0, 4)));
  const days = day ? (Date.parse(day) - Date.parse(first.iso)) / 86_400_000 : -1;
  return day && days >= 0 && days < 7 ? day : first.iso;
}
