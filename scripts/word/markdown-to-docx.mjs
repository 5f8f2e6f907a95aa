/**
 * A Markdown report as a Word document, written with the `docx` package from remark's syntax tree
 * (the library, not cse's reader): headings become Word heading styles, bold-only lines bold
 * paragraphs, lists Word numbering, tables Word tables with a repeating header row, tab-laid
 * lines paragraphs with real tab characters. Word habits (merged cells, cells of several
 * paragraphs, bold-text headings, run-on element tables, a template body style) are options, so
 * the fixtures and the synthetic corpus make their Word files the same way.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  TableLayoutType,
  WidthType,
} from 'docx';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Inline Markdown as Word runs: bold, italics and line breaks kept; inline HTML tags dropped, <br> a break. */
function runs(nodes, style = {}) {
  const out = [];
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      // A line break in the Markdown is a line break in Word (Shift+Enter), as on a report's cover.
      node.value.split('\n').forEach((line, i) => out.push(new TextRun({ text: line, ...(i > 0 && { break: 1 }), ...style })));
    }
    else if (node.type === 'break') out.push(new TextRun({ break: 1, ...style }));
    else if (node.type === 'html') {
      if (/^<br\s*\/?>$/i.test(node.value)) out.push(new TextRun({ break: 1, ...style }));
    } else if (node.type === 'strong') out.push(...runs(node.children, { ...style, bold: true }));
    else if (node.type === 'emphasis') out.push(...runs(node.children, { ...style, italics: true }));
    else if ('children' in node) out.push(...runs(node.children, style));
  }
  return out;
}

function plain(nodes) {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children) : '')).join('');
}

/** A line typed with tabs between its cells, as one Word paragraph with tab characters. */
function tabLine(line) {
  const children = [];
  line.split('\t').forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part) children.push(part);
  });
  return new Paragraph({ children: [new TextRun({ children })] });
}

function sourceLines(node, lines) {
  return lines.slice(node.position.start.line - 1, node.position.end.line);
}

function cellParagraphs(cellNode, asParagraphs) {
  const text = plain(cellNode.children);
  if (asParagraphs && text.length > 0) {
    const sentences = text.split(/(?<=[.;])\s+(?=[A-Z])/);
    if (sentences.length > 1) return sentences.map((s) => new Paragraph({ children: [new TextRun(s)] }));
  }
  return [new Paragraph({ children: runs(cellNode.children) })];
}

/** Rows of Markdown table cells (or title rows) as a Word table with merges and a repeating header. */
function wordTable(rows, { merges = [], paragraphs = false, header = true, borderless = false, columnWidths = null }) {
  const width = Math.max(...rows.map((r) => (r.title ? 1 : r.cells.length)));
  const covered = new Set();
  for (const m of merges) {
    const text = plain(rows[m.row].cells[m.col].children);
    for (let r = m.row; r < m.row + m.rowSpan; r++)
      for (let c = m.col; c < m.col + m.colSpan; c++) {
        if (plain(rows[r].cells[c].children) !== text) throw new Error(`merge over cells of different text at row ${r}, column ${c}`);
        if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
      }
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(borderless && { borders: TableBorders.NONE }),
    ...(columnWidths && { columnWidths, layout: TableLayoutType.FIXED }),
    rows: rows.map((row, r) => {
      if (row.title) {
        return new TableRow({ children: [new TableCell({ columnSpan: width, children: [new Paragraph({ children: [new TextRun({ text: row.title, bold: true })] })] })] });
      }
      const children = [];
      row.cells.forEach((cell, c) => {
        if (covered.has(`${r},${c}`)) return;
        const merge = merges.find((m) => m.row === r && m.col === c);
        children.push(
          new TableCell({
            children: cellParagraphs(cell, paragraphs && r > 0),
            ...(columnWidths && { width: { size: columnWidths[c], type: WidthType.DXA } }),
            ...(merge && { rowSpan: merge.rowSpan, columnSpan: merge.colSpan }),
          }),
        );
      });
      return new TableRow({ tableHeader: header && r === 0, children });
    }),
  });
}

function listParagraphs(list, level = 0) {
  const out = [];
  for (const item of list.children) {
    const own = item.children.filter((c) => c.type !== 'list');
    const children = [];
    own.forEach((child, i) => {
      if (i > 0) children.push(new TextRun({ break: 1 }));
      children.push(...runs(child.children ?? []));
    });
    out.push(new Paragraph({ numbering: { reference: list.ordered ? 'numbers' : 'bullets', level }, children }));
    for (const nested of item.children.filter((c) => c.type === 'list')) out.push(...listParagraphs(nested, level + 1));
  }
  return out;
}

const headerText = (table) => plain(table.children[0].children[0].children).trim();

function wordBody(markdown, habits) {
  const tree = processor.parse(markdown);
  const lines = markdown.split('\n');
  const body = [];
  let tableIndex = -1;
  let runOn = null;
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    switch (node.type) {
      case 'heading': {
        const next = nodes[i + 1];
        const r = habits.runOnTables;
        if (r && runOn && node.depth === r.headingDepth && next?.type === 'table' && headerText(next) === r.header) {
          runOn.push({ title: plain(node.children) }, ...next.children.map((row) => ({ cells: row.children })));
          tableIndex += 1;
          i += 1;
          continue;
        }
        if (runOn) body.push(wordTable(runOn, {}));
        runOn = null;
        if (habits.boldHeadings !== undefined && node.depth >= habits.boldHeadings) body.push(new Paragraph({ children: runs(node.children, { bold: true }) }));
        else body.push(new Paragraph({ heading: HEADINGS[node.depth - 1], children: runs(node.children) }));
        continue;
      }
      case 'table': {
        tableIndex += 1;
        const rows = node.children.map((row) => ({ cells: row.children }));
        const r = habits.runOnTables;
        if (r && headerText(node) === r.header) {
          if (runOn) body.push(wordTable(runOn, {}));
          runOn = rows;
          continue;
        }
        const merges = (habits.mergeCells ?? []).filter((m) => m.table === tableIndex);
        const paragraphs = habits.paragraphCells !== undefined && headerText(node).startsWith(habits.paragraphCells);
        const borderless = habits.borderless !== undefined && headerText(node).startsWith(habits.borderless);
        const narrow = habits.narrowColumns;
        const columnWidths = narrow && plain(node.children[0].children).includes(narrow.header) ? narrow.widths : null;
        body.push(wordTable(rows, { merges, paragraphs, borderless, columnWidths }));
        continue;
      }
      default:
        break;
    }
    if (runOn) body.push(wordTable(runOn, {}));
    runOn = null;
    switch (node.type) {
      case 'paragraph': {
        const source = sourceLines(node, lines);
        if (source.some((l) => l.includes('\t'))) body.push(...source.map((l) => tabLine(l.replace(/\*\*|__/g, '').replace(/<[^>]+>/g, ''))));
        else body.push(new Paragraph({ ...(habits.bodyStyle && { style: styleId(habits.bodyStyle) }), children: runs(node.children) }));
        break;
      }
      case 'code':
        body.push(...sourceLines(node, lines).filter((l) => l.trim()).map(tabLine));
        break;
      case 'list':
        body.push(...listParagraphs(node));
        break;
      case 'blockquote':
        for (const child of node.children) if (child.type === 'paragraph') body.push(new Paragraph({ indent: { left: 720 }, children: runs(child.children) }));
        break;
      case 'html': {
        const text = node.value.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').trim();
        if (text) body.push(new Paragraph({ children: [new TextRun(text)] }));
        break;
      }
      default:
        break;
    }
  }
  if (runOn) body.push(wordTable(runOn, {}));
  return separateTables(body);
}

/** Word cannot hold two tables with nothing between them (it joins them): an empty paragraph goes between. */
function separateTables(body) {
  return body.flatMap((block, i) => (block instanceof Table && body[i + 1] instanceof Table ? [block, new Paragraph({ children: [] })] : [block]));
}

const styleId = (name) => name.replace(/\W/g, '');

const level = (format, text, i) => ({ level: i, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720 * (i + 1), hanging: 360 } } } });

/** A Markdown report as a Word document with a running header naming `title`, and the given Word habits (see make-word-fixtures.mjs). */
export function wordDocument(title, markdown, habits = {}) {
  return new Document({
    creator: 'cse fixtures',
    title,
    styles: {
      // Space after each paragraph, as report templates set it, so paragraphs stay apart on the page.
      default: { document: { paragraph: { spacing: { after: 120 } } } },
      paragraphStyles: [habits.bodyStyle]
        .filter(Boolean)
        .map((name) => ({ id: styleId(name), name, basedOn: 'Normal', run: { size: 22 }, paragraph: { spacing: { after: 120 } } })),
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [0, 1, 2].map((i) => level(LevelFormat.BULLET, '•', i)) },
        { reference: 'numbers', levels: [0, 1, 2].map((i) => level(LevelFormat.DECIMAL, `%${i + 1}.`, i)) },
      ],
    },
    sections: [
      {
        // A running header and "Page N of M" footer on every page, as report templates have;
        // mammoth ignores both, and the PDF reader must drop them.
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `Customer Service Excellence – ${title}`, size: 16 })] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })],
          }),
        },
        children: wordBody(markdown, habits),
      },
    ],
  });
}


export { Packer };
