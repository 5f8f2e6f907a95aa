/**
 * The script every page loads: tables sort by a click on a heading, the correction form shows
 * the inputs its chosen value needs, and a "correct" button beside a value fills the form in.
 * The pages work without it; it only saves clicks.
 */
export const APP_JS = String.raw `
const cellValue = (row, i) => {
  const cell = row.cells[i];
  const text = (cell.dataset.sort ?? cell.textContent).trim();
  const n = Number(text.replace(/^=/, ''));
  return text !== '' && !Number.isNaN(n) ? n : text.toLowerCase();
};
for (const table of document.querySelectorAll('table.sortable')) {
  const headings = [...table.tHead.rows[0].cells];
  headings.forEach((th, i) => th.addEventListener('click', () => {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    headings.forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const rows = [...table.tBodies[0].rows];
    rows.sort((a, b) => {
      const x = cellValue(a, i), y = cellValue(b, i);
      const order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'number' ? -1 : 1;
      return ascending ? order : -order;
    });
    table.tBodies[0].append(...rows);
  }));
}

const INPUTS = { 'element rating': ['for-element'], totals: ['for-totals'], 'report date': ['for-date'], 'visit date': ['for-date'], 'document review date': ['for-date'], stage: ['for-stage'], organisation: ['for-organisation'] };
function showInputs(form) {
  const wanted = INPUTS[form.elements.field.value] ?? [];
  for (const label of form.querySelectorAll('label[class]')) label.hidden = ![...label.classList].some((c) => wanted.includes(c));
}
for (const form of document.querySelectorAll('form.correction')) {
  form.elements.field.addEventListener('change', () => showInputs(form));
  showInputs(form);
}
document.addEventListener('click', (event) => {
  const button = event.target.closest('button.fill');
  if (!button) return;
  const form = document.getElementById(button.dataset.form);
  form.elements.field.value = button.dataset.field;
  if (button.dataset.element) form.elements.element.value = button.dataset.element;
  showInputs(form);
  form.scrollIntoView({ block: 'center' });
  form.elements.reason.focus();
});

const drop = document.querySelector('.drop');
if (drop) {
  const input = drop.querySelector('input[type=file]');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    input.files = e.dataTransfer.files;
    drop.closest('form').requestSubmit();
  });
}
`;
//# sourceMappingURL=app-js.js.map