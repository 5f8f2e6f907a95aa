/** Markdown pieces every template uses. */
export const row = (cells) => `| ${cells.join(' | ')} |`;

export function table(header, rows) {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

/** Element codes in the shapes assessors type them: mostly 1.1.3, sometimes 1.1.3., I.1.3 or 113. */
export function writtenCode(random, code) {
  const style = random.weighted({ plain: 14, trailingDot: 2, roman: code.startsWith('1.') ? 1 : 0, compact: 2 });
  if (style === 'trailingDot') return `${code}.`;
  if (style === 'roman') return `I${code.slice(1)}`;
  if (style === 'compact') return code.replaceAll('.', '');
  return code;
}

/** Counts as words, as committee papers write them ("fourteen of the fifty-seven"). */
const UNITS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = { 2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty' };
export function inWords(n) {
  if (n < 20) return UNITS[n];
  return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${UNITS[n % 10]}` : ''}`;
}
