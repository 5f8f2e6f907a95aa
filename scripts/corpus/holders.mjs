/**
 * Invented holders of the standard: councils, universities, NHS trusts, housing associations and
 * police forces, with a sector, a region, the people who assess them and how they are addressed
 * in a report ("the Council", "the Trust"). Place names are made up from parts so that no real
 * organisation is named.
 */
const PLACE_STARTS = ['Ash', 'Brad', 'Calder', 'Dun', 'Elm', 'Fern', 'Gras', 'Hart', 'Ivy', 'Kings', 'Lang', 'Marl', 'North', 'Oak', 'Pen', 'Rook', 'Sand', 'Thorn', 'Wex', 'Whit', 'Ald', 'Brom', 'Cran', 'Hol', 'Lind', 'Stan', 'Wood', 'Fair', 'Red', 'Chal'];
const PLACE_ENDS = ['combe', 'ford', 'ley', 'ham', 'bury', 'wick', 'mouth', 'field', 'borough', 'stead', 'well', 'ton', 'bridge', 'by', 'minster', 'worth', 'dale', 'hurst'];
const COUNTIES = ['shire', 'land', 'sex', 'wick'];

export const REGIONS = ['North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West', 'Wales', 'Scotland', 'Northern Ireland'];

/** Per sector: how its name is made, how a report refers to it, and what it calls its customers. */
export const SECTORS = {
  council: {
    names: [(p) => `${p} Borough Council`, (p) => `${p} District Council`, (p) => `City of ${p} Council`, (p) => `${p} City Council`],
    short: 'the Council',
    customers: 'residents',
    services: ['council tax and benefits', 'waste and recycling', 'planning and building control', 'housing options', 'leisure services'],
  },
  university: {
    names: [(p) => `University of ${p} Library Services`, (p) => `${p} University Student Services`, (p) => `University of ${p}`],
    short: 'the University',
    customers: 'students',
    services: ['the library', 'student support', 'admissions', 'careers', 'accommodation'],
  },
  nhs: {
    names: [(p) => `${p} Community Health NHS Trust`, (p) => `${p} and District NHS Foundation Trust`, (p) => `${p} Teaching Hospitals NHS Trust`],
    short: 'the Trust',
    customers: 'patients',
    services: ['district nursing', 'podiatry', 'outpatient clinics', 'community dental services', 'the single point of access'],
  },
  housing: {
    names: [(p) => `${p} Housing Association`, (p) => `${p} Valley Housing Association`, (p) => `${p} Housing Trust`],
    short: 'the Association',
    customers: 'tenants',
    services: ['repairs', 'lettings', 'income and rents', 'tenancy sustainment', 'estate services'],
  },
  police: {
    names: [(p) => `${p} Police`, (p) => `${p} Constabulary`],
    short: 'the Force',
    customers: 'the public',
    services: ['the contact centre', 'neighbourhood policing', 'victim services', 'front counters', 'firearms licensing'],
  },
};

const FIRST = ['Andrew', 'Priya', 'Tom', 'Helen', 'Daniel', 'Amara', 'Lorna', 'Chris', 'Rachel', 'Sanjay', 'Fiona', 'Gareth', 'Mei', 'Owen', 'Joanne', 'Kwame', 'Siobhan', 'Martin', 'Ruth', 'Imran', 'Claire', 'Neil', 'Bethan', 'Yusuf'];
const LAST = ['Mackey', 'Shah', 'Okafor', 'Marsh', 'Reeve', 'Osei', 'Bainbridge', 'Hudson', 'Keachie', 'Dunmore', 'Patel', 'Griffiths', 'Wong', 'Lloyd', 'Fletcher', 'Mensah', 'Byrne', 'Holloway', 'Ashworth', 'Qureshi', 'Pearson', 'McAllister', 'Evans', 'Farah'];

export function personName(random) {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

function placeName(random, sector) {
  const place = `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}`;
  return sector === 'police' && random.chance(0.5) ? `${random.pick(PLACE_STARTS)}${random.pick(COUNTIES)}` : place;
}

/** A new holder with a name not used before in this corpus. */
export function inventHolder(random, usedNames) {
  for (;;) {
    const sector = random.weighted({ council: 4, university: 2, nhs: 2, housing: 2, police: 1 });
    const spec = SECTORS[sector];
    const name = random.pick(spec.names)(placeName(random, sector));
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    return { name, sector, region: random.pick(REGIONS), short: spec.short, customers: spec.customers, services: spec.services };
  }
}
