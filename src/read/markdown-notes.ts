/**
 * Markup of the notes and sites Markdown is written for that CommonMark does not know: a YAML
 * front matter block (static sites, note apps), and a note app's (Obsidian's) callouts
 * ("> [!info]- Title"), wikilinks ("[[CSE elements/1.1.3|1.1.3]]", "[[#Heading]]"), comments
 * ("%% not shown %%") and highlights ("==text=="). Each is rewritten, line for line, as the text
 * a reader of the rendered note sees, so every block keeps its line number: front matter as
 * "key: value" items (a value's quotation marks are YAML's, not the text's), a callout's title as
 * a title of its own, a link as the text it shows, a comment as nothing.
 */

const FENCE = /^---\s*$/;
const FENCE_END = /^(?:---|\.\.\.)\s*$/;
/** The longest front matter read: a fence with no closing fence within this many lines is a rule. */
const MAX_FRONT_MATTER_LINES = 200;
const YAML_KEY = /^([A-Za-z_][\w .-]{0,60}):(?:\s+(.*?))?\s*$/;
/** A line inside front matter: a key, an indented line (a list's item, a nested key), a comment, or blank. */
const YAML_LINE = /^(?:[A-Za-z_][\w .-]{0,60}:(?:\s.*)?|\s+\S.*|#.*|\s*)$/;

const CALLOUT = /^(\s*(?:>\s*)+)\[!([\w-]+)\][+-]?[ \t]*(.*)$/;
const WIKILINK = /(!?)\[\[([^\]\n|\\]+?)(?:\\?\|([^\]\n]+?))?\]\]/g;
/** GitLab's wiki puts its table of contents where "[[_TOC_]]" stands: no text of the report's. */
const WIKI_MACRO = /^_[A-Z]+_$/;
const COMMENT = /%%[\s\S]*?%%/g;
/** "==text==": words between the marks, so a grid table's rule ("+=====+=====+") is no highlight. */
const HIGHLIGHT = /==([\p{L}\p{N}"'(][^=\n]*?)==/gu;

/** Whether the text has any of the markup this module rewrites, so Markdown without it costs one scan. */
export function hasNoteMarkup(text: string): boolean {
  return /^---\s*\r?\n/.test(text) || /\[\[|%%|==[^\s=]|^\s*>\s*\[!/m.test(text);
}

function unquoted(value: string): string {
  const double = /^"(.*)"$/.exec(value);
  if (double) return double[1]!.replace(/\\(["\\])/g, '$1');
  const single = /^'(.*)'$/.exec(value);
  return single ? single[1]!.replace(/''/g, "'") : value;
}

/**
 * The front matter's lines as list items "key: value" (key's hyphens and underscores as spaces),
 * its fences blank; keys whose value is a list or a map of their own (tags, aliases) are left out.
 */
function withFrontMatterRead(lines: string[]): void {
  if (!FENCE.test(lines[0] ?? '')) return;
  const end = lines.findIndex((line, i) => i > 0 && FENCE_END.test(line));
  if (end < 2 || end > MAX_FRONT_MATTER_LINES || !lines.slice(1, end).every((line) => YAML_LINE.test(line))) return;
  lines[0] = '';
  lines[end] = '';
  for (let i = 1; i < end; i++) {
    const key = YAML_KEY.exec(lines[i]!);
    const value = key?.[2] ? unquoted(key[2].trim()) : '';
    // A scalar value: not a block scalar ("|", ">"), a flow list or map.
    lines[i] = key && value !== '' && !/^[|>[{]/.test(value) ? `- ${key[1]!.replace(/[-_]+/g, ' ')}: ${value}` : '';
  }
}

function linkText(_: string, embed: string, target: string, alias: string | undefined): string {
  if (embed || WIKI_MACRO.test(target.trim())) return '';
  if (alias) return alias.trim();
  // "[[#Elements by rating]]" shows the heading; "[[Report#Findings]]" shows "Report > Findings".
  const [page, ...headings] = target.split('#').map((part) => part.trim());
  return [page, ...headings].filter((part) => part !== '').join(' > ');
}

export function withNoteMarkup(text: string): string {
  // A comment's text is taken out, its line breaks kept.
  const lines = text.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, '')).split('\n');
  withFrontMatterRead(lines);
  return lines
    .map((line) => {
      const callout = CALLOUT.exec(line);
      const shown = callout ? (callout[3]!.trim() === '' ? callout[1]!.trimEnd() : `${callout[1]}###### ${callout[3]}`) : line;
      return shown.replace(WIKILINK, linkText).replace(HIGHLIGHT, (marked, text: string) => (/\s$/.test(text) ? marked : text));
    })
    .join('\n');
}
