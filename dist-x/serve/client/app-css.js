/** The app's stylesheet. */
export const APP_CSS = `
:root { --line: #ddd; --muted: #555; --cp: #1b7837; --c: #4d7ea8; --pc: #e08214; --nc: #b2182b; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { display: flex; gap: 24px; align-items: baseline; padding: 10px 24px; background: #1f3a5f; }
header a { color: #fff; text-decoration: none; } header .brand { font-weight: 700; font-size: 18px; }
header nav a { margin-right: 16px; opacity: .85; } header nav a[aria-current] { opacity: 1; border-bottom: 2px solid #fff; }
main { padding: 12px 24px 48px; max-width: 1500px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid var(--line); } h3 { font-size: 15px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; background: #fff; }
th, td { padding: 3px 8px; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; user-select: none; } table.sortable th[aria-sort=ascending]::after { content: " ▲"; } table.sortable th[aria-sort=descending]::after { content: " ▼"; }
.note { color: var(--muted); } .error-box { background: #fde8e8; border: 1px solid var(--nc); padding: 8px 12px; }
.ok-box { background: #e8f5e9; border: 1px solid var(--cp); padding: 8px 12px; }
.rating { display: inline-block; min-width: 2.4em; text-align: center; border-radius: 3px; color: #fff; font-size: 11px; font-weight: 600; padding: 0 3px; }
.rating.compliance-plus { background: var(--cp); } .rating.compliance { background: var(--c); } .rating.partial-compliance { background: var(--pc); } .rating.non-compliance { background: var(--nc); } .rating.none { background: #bbb; }
.mark { font-size: 11px; border-radius: 3px; padding: 0 4px; } .mark.part { background: #fff3cd; color: #7a5b00; } .mark.corrected { background: #e3d7f5; color: #4b2a7b; }
tr.read-in-part td { background: #fffaf0; } tr.corrected td, td.corrected { background: #f3edfb; }
form.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 8px 0; } form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
table.grid td { padding: 2px; text-align: center; } table.grid .code { display: block; font-size: 10px; color: var(--muted); } table.grid a { text-decoration: none; }
.beside { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; } .record { min-width: 0; overflow-x: auto; }
.source { position: sticky; top: 8px; align-self: start; background: #fff; border: 1px solid var(--line); padding: 8px; }
.source-text { max-height: 36vh; overflow: auto; border: 1px solid var(--line); }
.source[data-format=md] .source-text, .source[data-format=docx] .source-text { max-height: calc(100vh - 80px); }
.pdf-wrap { position: relative; height: 52vh; border: 1px solid var(--line); } #pdf-container { position: absolute; inset: 0; overflow: auto; background: #eee; }
.source-text .block { padding: 2px 4px; border-left: 3px solid transparent; white-space: pre-wrap; } .source-text .block.heading { font-weight: 600; }
.source-text table { font-size: 12px; } .hit { background: #fff1a8 !important; border-left-color: #e0a800 !important; outline: 2px solid #e0a800; }
[data-loc] { cursor: pointer; } [data-loc] td:first-child, [data-loc] > th { text-decoration: underline dotted; } tr.selected td { background: #fff8d6; }
form.correction fieldset { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; border: 1px solid var(--line); background: #fff; }
form.correction label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); } form.correction [hidden] { display: none; }
form.dismiss { display: inline-flex; gap: 4px; margin-left: 8px; } form.dismiss input { font-size: 12px; }
ul.findings li.error { color: var(--nc); } ul.findings li.dismissed { color: #888; text-decoration: line-through; }
.drop { border: 2px dashed #99a; padding: 24px; background: #fff; text-align: center; } .drop.over { background: #eef; }
svg { display: block; margin: 8px 0; max-width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } dl.facts dt { color: var(--muted); }
`;
//# sourceMappingURL=app-css.js.map