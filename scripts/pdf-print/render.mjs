/**
 * A report of reports.mjs as a Word document (the `docx` package) and as an HTML page, the same
 * text and tables in both, each with its running header and footer: in Word as the section's
 * header and footer, in HTML as CSS page-margin boxes, which Chromium prints on every page.
 */
import { deflateSync } from 'node:zlib';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

const FILLER = [
  'Interviews were held with staff from the contact centre, libraries and housing services.',
  'Customers described the service as friendly, quick and easy to reach by telephone.',
  'The council publishes its service standards and its performance against them each quarter.',
  'Complaints are logged centrally and the learning from them is shared at team meetings.',
];

/** The paragraphs that push the next table down the page: `count` one-line sentences. */
export const fillerParagraphs = (count) => Array.from({ length: count }, (_, i) => FILLER[i % FILLER.length]);

/** A small PNG (a solid box): the logo of a running header. */
function logoPng(width = 48, height = 18) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([20, 70, 140]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const cellOf = (cell) => (typeof cell === 'string' ? { text: cell } : cell);

// ---------- Word ----------

const twips = (pt) => Math.round(pt * 20);
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function wordRuns(cell) {
  if (cell.mark) return [new TextRun({ text: cell.mark.char, font: cell.mark.font })];
  return cell.text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 && { break: 1 }) }));
}

function wordTable({ rows, widths, repeatHeader = false, borders = 'grid', shadeHeader = false }) {
  const borderSet =
    borders === 'grid'
      ? { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
      : borders === 'horizontal'
        ? { top: LINE, bottom: LINE, left: NONE, right: NONE, insideHorizontal: LINE, insideVertical: NONE }
        : { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const width = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: twips(width), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    layout: TableLayoutType.FIXED,
    borders: borderSet,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: repeatHeader && r === 0,
          children: row.map((raw) => {
            const cell = cellOf(raw);
            return new TableCell({
              children: [new Paragraph({ spacing: { after: 0 }, children: wordRuns(cell) })],
              ...(cell.rowSpan && { rowSpan: cell.rowSpan }),
              ...(cell.colSpan && { columnSpan: cell.colSpan }),
              ...(cell.middle && { verticalAlign: VerticalAlign.CENTER }),
              ...(shadeHeader && r === 0 && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } }),
            });
          }),
        }),
    ),
  });
}

function wordFurniture({ header, logo, footer, footerText }) {
  const small = (text) => new TextRun({ text, size: 16 });
  const headerChildren = [...(logo ? [new ImageRun({ type: 'png', data: logoPng(), transformation: { width: 48, height: 18 } }), small('  ')] : []), small(header)];
  const number =
    footer === 'page-of'
      ? ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]
      : footer === 'slash'
        ? [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES]
        : footer === 'dashes'
          ? ['- ', PageNumber.CURRENT, ' -']
          : ['Page ', PageNumber.CURRENT];
  return {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: headerChildren })] }) },
    footers: {
      default: new Footer({
        children: [
          ...(footerText ? [new Paragraph({ alignment: AlignmentType.LEFT, children: [small(footerText)] })] : []),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: number, size: 16 })] }),
        ],
      }),
    },
  };
}

/** The report as a .docx (a Buffer), `filler` paragraphs where its blocks say { filler }. */
export async function toDocx(report, filler = 0) {
  const body = [];
  for (const block of report.blocks) {
    if (block.heading) body.push(new Paragraph({ heading: HEADINGS[block.level - 1], children: [new TextRun(block.heading)] }));
    else if (block.paragraph) body.push(new Paragraph({ children: [new TextRun(block.paragraph)] }));
    else if (block.filler) body.push(...fillerParagraphs(filler).map((text) => new Paragraph({ children: [new TextRun(text)] })));
    else if (block.table) {
      body.push(wordTable(block.table));
      body.push(new Paragraph({ children: [] }));
    }
  }
  const document = new Document({
    creator: 'cse fixtures',
    title: report.title,
    styles: { default: { document: { run: { font: report.font ?? 'Liberation Sans', size: 21 }, paragraph: { spacing: { after: 120 } } } } },
    sections: [{ ...wordFurniture(report.furniture), children: body }],
  });
  return Packer.toBuffer(document);
}

// ---------- HTML ----------

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable({ rows, widths, repeatHeader = false, borders = 'grid', shadeHeader = false }) {
  const cls = `t-${borders}`;
  const cols = `<colgroup>${widths.map((w) => `<col style="width:${w}pt">`).join('')}</colgroup>`;
  const tr = (row, r) =>
    `<tr>${row
      .map((raw) => {
        const cell = cellOf(raw);
        const tag = repeatHeader && r === 0 ? 'th' : 'td';
        const spans = `${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}`;
        const shade = shadeHeader && r === 0 ? ' class="shade"' : '';
        const middle = cell.middle ? ' style="vertical-align: middle"' : '';
        return `<${tag}${spans}${shade}${middle}>${escape(cell.text).replace(/\n/g, '<br>')}</${tag}>`;
      })
      .join('')}</tr>`;
  const head = repeatHeader ? `<thead>${tr(rows[0], 0)}</thead>` : '';
  const body = `<tbody>${rows.slice(repeatHeader ? 1 : 0).map((row, i) => tr(row, repeatHeader ? i + 1 : i)).join('')}</tbody>`;
  return `<table class="${cls}">${cols}${head}${body}</table>`;
}

function htmlFurniture({ header, logo, footer, footerText }) {
  const number =
    footer === 'page-of'
      ? '"Page " counter(page) " of " counter(pages)'
      : footer === 'slash'
        ? 'counter(page) " / " counter(pages)'
        : footer === 'dashes'
          ? '"- " counter(page) " -"'
          : '"Page " counter(page)';
  const quoted = (text) => JSON.stringify(text);
  return `@page { size: A4; margin: 22mm 20mm;
    @top-right { content: ${quoted(header)}; font: 8pt 'Liberation Sans'; }
    ${logo ? `@top-left { content: url(data:image/png;base64,${logoPng().toString('base64')}); }` : ''}
    ${footerText ? `@bottom-left { content: ${quoted(footerText)}; font: 8pt 'Liberation Sans'; }` : ''}
    @bottom-center { content: ${number}; font: 8pt 'Liberation Sans'; } }`;
}

/** The report as an HTML page, `filler` paragraphs where its blocks say { filler }. */
export function toHtml(report, filler = 0) {
  const body = report.blocks
    .map((block) => {
      if (block.heading) return `<h${block.level}>${escape(block.heading)}</h${block.level}>`;
      if (block.paragraph) return `<p>${escape(block.paragraph)}</p>`;
      if (block.filler) return fillerParagraphs(filler).map((text) => `<p>${escape(text)}</p>`).join('\n');
      if (block.table) return htmlTable(block.table);
      return '';
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(report.title)}</title>
<style>
${htmlFurniture(report.furniture)}
body { font: 10.5pt '${report.font ?? 'Liberation Sans'}', sans-serif; }
p { margin: 0 0 6pt; }
table { border-collapse: collapse; table-layout: fixed; margin: 0 0 10pt; }
td, th { vertical-align: top; text-align: left; font-weight: normal; padding: 2pt 4pt; overflow-wrap: anywhere; }
.t-grid td, .t-grid th { border: 0.75pt solid #000; }
.t-horizontal td, .t-horizontal th { border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; }
.shade { background: #d9e2f3; }
</style></head>
<body>
${body}
</body></html>
`;
}
