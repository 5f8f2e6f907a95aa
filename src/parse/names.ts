/** People's names as reports write assessors: "Andrew Mackey/Hugh Keachie", "Priya Shah & Tom Okafor", "Dr Jane Whitaker". */
// Mc… and O'… first: unanchored in running text, the plain word would match just "Mc" of "McAllister".
// Letters of any alphabet ("Siân", "Zoë", "Łukasz", "Ó Súilleabháin"): every pattern built on it takes the `u` flag.
const NAME_WORD = String.raw`(?:(?:Mc|Mac|Fitz|De|Di|Da|La|Le)\p{Lu}\p{Ll}+|[OÓ]['’]\p{Lu}\p{Ll}+|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\.?)`;
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev|Revd|Cllr|Councillor|Capt|Maj|Col|Lt|Lt\s+Col|Brig|Cdr|Supt|Ch\s+Supt|Insp|DCI|DI)\.?(?:\s+\((?:Retd|Rtd|Ret)\.?\))?\s+)+`;
const NAME = new RegExp(String.raw`^(?:${TITLE})?${NAME_WORD}(?:\s+${NAME_WORD}){1,3}$`, 'u');
/** Words of a role, a body or a place, never of a person's name: "Lead Assessor", "Assessment Services". */
const NOT_NAME_WORDS = /\b(?:Assessors?|Lead|Team|Manager|Officer|Director|Head|Chief|Council|Services?|Limited|Ltd|Assessment|Report|Review|Customer|Excellence|Standard|Date|Organi[sz]ation|Client|Criterion|Compliance|Compliant|Element|Section|University|Trust|College|Authority|Library|Police|Association|Centre|Group|Department|Executive|Partnership|Visit|Name|Signed|Signature|Registered|Certification|Committee|Board)\b/;

export function looksLikePersonName(text: string): boolean {
  const t = text.trim();
  return NAME.test(t) && !NOT_NAME_WORDS.test(t);
}

/** A name without its title (Dr, Ms, Mr) or letters after it (MBE, FCMI): titles are not part of a name. */
export function withoutTitles(name: string): string {
  return name
    .replace(new RegExp(String.raw`^${TITLE}`), '')
    // Letters after a name: "MBE", "FCIM", "MInstCS", "PhD" (two capitals or more in a short token),
    // never a surname with a capital inside it ("McTavish", "MacDonald", "DeVries").
    .replace(/(?:,?\s+(?![A-Z][a-z]{1,3}[A-Z][a-z]{3,}\b)(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,9}\.?)+$/, '')
    .trim();
}

/** A surname in capitals, as a surname-first list may write it: "ADEBISI", "RUDD-JONES". */
const CAPITALS_SURNAME = String.raw`\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)*`;
/** "Adebisi, Dr Folake (Lead Assessor)", "RUDD, Simon": one person, surname first; the title and a remark in brackets optional. */
const SURNAME_FIRST = new RegExp(
  String.raw`^\s*(${NAME_WORD}|${CAPITALS_SURNAME}),\s*(${TITLE})?(${NAME_WORD}(?:\s+${NAME_WORD})?)\s*(\([^()]*\))?\s*$`,
  'u',
);
/** A remark in brackets that speaks of more than one person ("(assessors)", "(joint)"): the comma may part two people. */
const SEVERAL = /\b(?:assessors|both|joint|team|all)\b/i;
/** Where the entries of an assessor field part: a line, a slash, "&", "and", ";", a comma after a bracket. */
const ENTRY_BREAK = /(\n|;|\/|&|\s+and\s+|(?<=\))\s*,\s*)/;

function capitalised(word: string): string {
  return /\p{Ll}/u.test(word) ? word : word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The entries of a field written surname first ("Adebisi, Dr Folake (Lead Assessor)" over "Rudd,
 * Simon (Assessor)"), turned forename first. An entry is taken as one person only where something
 * says so: a title after the comma, a remark in brackets about one person, a surname in capitals,
 * or another entry of the same field that is plainly surname first. "Smith, Jones" alone may be
 * two surnames and is left as it is (and then names nobody).
 */
function forenamesFirst(text: string): string {
  const parts = text.split(ENTRY_BREAK);
  const shapes = parts.map((part, i) => (i % 2 === 0 ? SURNAME_FIRST.exec(part) : null));
  const sure = (m: RegExpExecArray) => m[2] !== undefined || (m[4] !== undefined && !SEVERAL.test(m[4])) || !/\p{Ll}/u.test(m[1]!);
  const style = shapes.some((m) => m !== null && sure(m));
  if (!style) return text;
  return parts
    .map((part, i) => {
      const m = shapes[i];
      if (!m || (m[4] !== undefined && SEVERAL.test(m[4]))) return part;
      return `${m[2] ?? ''}${m[3]} ${capitalised(m[1]!)}${m[4] ? ` ${m[4]}` : ''}`;
    })
    .join('');
}

/** The names in an assessor field, in order, without titles; parts that are not names are dropped. */
export function splitPersonNames(text: string): string[] {
  return namesIn(withWrappedNamesJoined(text));
}

/**
 * A field's lines with a name a narrow cell wrapped ("Yvonne" over "Asquith") on one line: a line
 * that holds no name, followed by one that holds none either, is one line with it where the two
 * together are a name. Lines of one name each (a list, one a line) are left apart.
 */
function withWrappedNamesJoined(text: string): string {
  if (!text.includes('\n')) return text;
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const last = lines.at(-1);
    if (last !== undefined && namesIn(last).length === 0 && namesIn(line).length === 0 && namesIn(`${last} ${line}`).length > 0) lines[lines.length - 1] = `${last} ${line}`;
    else lines.push(line);
  }
  return lines.join('\n');
}

function namesIn(text: string): string[] {
  // A bracket says who a person is ("(emqc Associate)") and may wrap over a line: it goes first.
  return forenamesFirst(text)
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s*(?:\/|&|,|;|\band\b|\n|\s[–—-]\s|(?<=[a-z])\.\s+(?=[A-Z][a-z]))\s*/)
    .map((part) => withoutTitles(part.replace(/\s+/g, ' ').replace(/\(.*?\)/g, '').trim()))
    .filter((part) => looksLikePersonName(part));
}

/** Names that appear in running text, at the position a pattern anchors them (a pattern built on it takes the `u` flag). */
export const PERSON_NAME_PATTERN = String.raw`((?:${NAME_WORD})(?:\s+${NAME_WORD}){1,2})`;
