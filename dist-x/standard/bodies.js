/**
 * The licensed assessment bodies and the names reports use for them. A report's body is given by
 * its canonical name so that one body is one body across fifteen years of renamings.
 */
import { escapeRegExp } from '../parse/text.js';
export const ASSESSMENT_BODIES = [
    { name: 'Centre for Assessment', aliases: ['Centre for Assessment Ltd', 'Centre for Assessment Limited', 'Centre for Assessment'] },
    {
        name: 'Assessment Services Ltd',
        aliases: [
            'G4S Assessment Services Ltd',
            'G4S Assessment Services Limited',
            'G4S Assessment Services',
            'Assessment Services Ltd',
            'Assessment Services Limited',
            'G4S',
        ],
    },
    { name: 'SGS United Kingdom', aliases: ['SGS United Kingdom Ltd', 'SGS United Kingdom Limited', 'SGS United Kingdom', 'SGS UK', 'SGS'] },
    { name: 'emqc', aliases: ['emqc Ltd', 'emqc Limited', 'emqc'] },
];
const ALIAS_PATTERNS = ASSESSMENT_BODIES.flatMap((b) => b.aliases.map((alias) => ({ alias: alias.toLowerCase(), re: new RegExp(String.raw `\b${escapeRegExp(alias.toLowerCase())}\b`) })));
/** Does the text name an assessment body, or begin one's name (so it is not the holder's name)? */
export function isBodyName(text) {
    const lower = text.toLowerCase();
    const words = lower.replace(/\s+/g, ' ').trim();
    // "Assessment Services" is a body's name too, though no alias is written so short.
    const start = words.split(' ').length >= 2;
    return ALIAS_PATTERNS.some(({ alias, re }) => re.test(lower) || (start && alias.startsWith(words)));
}
//# sourceMappingURL=bodies.js.map