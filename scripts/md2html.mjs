#!/usr/bin/env node
// Tiny Markdown -> HTML converter for the blind fixtures (headings, tables, lists, quotes, bold/italic),
// used to make Word copies with LibreOffice:  node scripts/md2html.mjs in.md > out.html
import { readFileSync } from 'node:fs';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s) =>
  esc(s)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '<b>$1</b>')
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1<i>$2</i>');
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const out = ['<html><head><meta charset="utf-8"><style>table{border-collapse:collapse}td,th{border:1px solid #888;padding:2px 5px;vertical-align:top}</style></head><body>'];
let i = 0;
while (i < lines.length) {
  const l = lines[i];
  if (!l.trim()) { i++; continue; }
  let m;
  if ((m = l.match(/^(#{1,6})\s+(.*)$/))) { out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`); i++; continue; }
  if (/^---+\s*$/.test(l)) { out.push('<hr/>'); i++; continue; }
  if (l.startsWith('|')) {
    const rows = [];
    while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++]);
    const cells = (r) => r.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    out.push('<table>');
    rows.forEach((r, k) => {
      if (/^\|[\s:|-]+\|?\s*$/.test(r)) return;
      const tag = k === 0 ? 'th' : 'td';
      out.push('<tr>' + cells(r).map((c) => `<${tag}>${inline(c)}</${tag}>`).join('') + '</tr>');
    });
    out.push('</table>');
    continue;
  }
  if (/^\s*([-*]|\d+\.)\s+/.test(l)) {
    const ordered = /^\s*\d+\./.test(l);
    out.push(ordered ? '<ol>' : '<ul>');
    while (i < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[i])) out.push(`<li>${inline(lines[i++].replace(/^\s*([-*]|\d+\.)\s+/, ''))}</li>`);
    out.push(ordered ? '</ol>' : '</ul>');
    continue;
  }
  if (l.startsWith('>')) {
    const q = [];
    while (i < lines.length && lines[i].startsWith('>')) q.push(inline(lines[i++].replace(/^>\s?/, '')));
    out.push(`<blockquote>${q.join('<br/>')}</blockquote>`);
    continue;
  }
  const p = [];
  while (i < lines.length && lines[i].trim() && !/^(#|\||---|>|\s*([-*]|\d+\.)\s)/.test(lines[i])) p.push(inline(lines[i++]));
  out.push(`<p>${p.join('<br/>')}</p>`);
}
out.push('</body></html>');
process.stdout.write(out.join('\n') + '\n');
