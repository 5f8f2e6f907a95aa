/**
 * Organisation names as a person writes them: a cover page's "STOCKTON-ON-TEES BOROUGH COUNCIL"
 * becomes "Stockton-on-Tees Borough Council"; a name already in mixed case is left alone.
 */
/** Words that end an organisation's name: "Melton Borough Council", "Kestrel Valley Housing Association". */
export const ORGANISATION_NOUN = String.raw`(?:Council|Authority|Trust|University|College|Association|Police|Constabulary|Services?|Library|Libraries|Agency|Board|Partnership|Academy|Hospital|Commission|Commissioners|Foundation|Society|Federation|(?:Pension|Superannuation) Fund)`;
/** More words that end a name, read only where a name is expected (a cover, a title, a field). */
export const TITLE_ORGANISATION_NOUN = String.raw`(?:${ORGANISATION_NOUN}|Department|Directorate|Group|Ltd|Limited|Company|Centre|School|Office|Ministry|Executive|Court|Fire and Rescue|Institute|Museums?|Archives?|Unit|Team|Division|Hub|Housing|Homes|NHS|Health|Care|Prisons?|Service|Bureau|Hospice|Charity|Corporation|Union)`;

const SMALL_WORDS = new Set(['of', 'on', 'upon', 'and', 'the', 'for', 'in', 'at', 'by', 'to', 'under', 'le', 'en', 'with']);
const ACRONYMS = new Set(['NHS', 'UK', 'CSE', 'HM', 'HMRC', 'DWP', 'CIC', 'PLC', 'LTD', 'CCG', 'ICB', 'BBC', 'II', 'III', 'IV']);

function titleWord(word: string, first: boolean): string {
  if (ACRONYMS.has(word.toUpperCase()) && word !== 'LTD') return word.toUpperCase();
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A UK postcode ("OL14 6BE", "SW1A 1AA"): the text after the name it ends is an address. */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/** "Calderbrook Housing Trust, Mill House, Canal Wharf, Todbridge OL14 6BE": the name without the address after it. */
function withoutAddress(text: string): string {
  if (!POSTCODE.test(text)) return text;
  const comma = text.indexOf(',');
  return comma > 0 ? text.slice(0, comma) : text;
}

export function tidyOrganisationName(raw: string): string | null {
  const text = withoutAddress(raw.replace(/\s+/g, ' ')).replace(/^[\s:–-]+|[\s:.,;–-]+$/g, '').trim();
  if (text.length < 3) return null;
  const letters = text.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (letters.length === 0 || upper / letters.length < 0.8) return text;
  let index = 0;
  return text
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => titleWord(part, index++ === 0))
        .join('-'),
    )
    .join(' ');
}
