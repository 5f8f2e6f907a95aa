/** Dates as reports write them, and the calendar of a holder's visits. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ordinal = (day) => `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;
const parts = (iso) => iso.split('-').map(Number);
const pad = (n) => String(n).padStart(2, '0');

export const DATE_STYLES = {
  ordinal: (iso) => { const [y, m, d] = parts(iso); return `${ordinal(d)} ${MONTHS[m - 1]} ${y}`; },
  plain: (iso) => { const [y, m, d] = parts(iso); return `${d} ${MONTHS[m - 1]} ${y}`; },
  slashes: (iso) => { const [y, m, d] = parts(iso); return `${pad(d)}/${pad(m)}/${y}`; },
  dots: (iso) => { const [y, m, d] = parts(iso); return `${pad(d)}.${pad(m)}.${String(y).slice(2)}`; },
};

/** "21st and 22nd November 2023" for a two-day visit starting on `iso`, in the ordinal style. */
export function twoDays(iso) {
  const [y, m, d] = parts(iso);
  const next = addDays(iso, 1);
  const [, m2, d2] = parts(next);
  return m2 === m ? `${ordinal(d)} and ${ordinal(d2)} ${MONTHS[m - 1]} ${y}` : DATE_STYLES.ordinal(iso);
}

export const monthYear = (iso) => { const [y, m] = parts(iso); return `${MONTHS[m - 1]} ${y}`; };
export const dayMonth = (iso) => { const [, m, d] = parts(iso); return `${d} ${MONTHS[m - 1]}`; };
export const yearOf = (iso) => parts(iso)[0];

export function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A weekday visit date: reports are not visited at weekends. */
export function weekday(iso) {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 ? addDays(iso, 1) : day === 6 ? addDays(iso, 2) : iso;
}
