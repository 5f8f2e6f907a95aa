/**
 * The league table of holders on their latest completed assessment, and one holder's place in
 * it: overall, in its sector, and at its previous assessment.
 */
import type { Database } from 'better-sqlite3';
import { organisationKey } from '../db/organisations.js';
import { type BenchFilters, passesFilters } from './filters.js';
import type { PointsScheme } from './points.js';
import { type HolderVisit, latestVisits, organisationNames, visitsOfHolder } from './queries.js';
import { describeStanding, pointsOf, type RankedHolder, rankHolders, type Standing, standingOf } from './ranking.js';

/** A benchmark question cse cannot answer as asked (an unknown holder, one outside the filters); the message says why. */
export class BenchError extends Error {
  override readonly name = 'BenchError';
}

export interface BenchOptions {
  filters: BenchFilters;
  points: PointsScheme;
  /**
   * Rank holders whose latest report was read only in part too (their `readInPart` marks them).
   * Left out by default: a reading that missed ratings ranks a holder on what was not read.
   */
  includePartial?: boolean;
}

function latestPassing(db: Database, options: BenchOptions, asOf: string | null): HolderVisit[] {
  return latestVisits(db, { year: options.filters.year, asOf }).filter(passesFilters(options.filters));
}

export function leagueTable(db: Database, options: BenchOptions, asOf: string | null = null): RankedHolder[] {
  const visits = latestPassing(db, options, asOf).filter((v) => options.includePartial || !v.readInPart);
  return rankHolders(visits, options.points);
}

/** The holders the league table leaves out because their latest report was read only in part; none with `includePartial`. */
export function leftOutReadInPart(db: Database, options: BenchOptions): HolderVisit[] {
  if (options.includePartial) return [];
  return latestPassing(db, options, null)
    .filter((v) => v.readInPart)
    .sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
}

/** "Foo Council: 41 of 57 elements rated" */
export function describeReadInPart(v: Pick<HolderVisit, 'organisation' | 'readInPartReasons'>): string {
  return `${v.organisation}: ${v.readInPartReasons ?? 'read in part'}`;
}

/** "2 holders left out: their latest report was read only in part (…); --include-partial to rank them, marked", or null when none is. */
export function leftOutSentence(leftOut: readonly HolderVisit[], howToRank = '--include-partial'): string | null {
  if (!leftOut.length) return null;
  const one = leftOut.length === 1;
  return `${leftOut.length} ${one ? 'holder' : 'holders'} left out: ${one ? 'its' : 'their'} latest report was read only in part (${leftOut.map(describeReadInPart).join('; ')}); ${howToRank} to rank ${one ? 'it' : 'them'}, marked.`;
}

/** The holder a name means: the same name folded (case, punctuation), else the one holder whose name contains it. */
export function findHolder(db: Database, name: string): { id: number; name: string } {
  const key = organisationKey(name);
  const names = organisationNames(db);
  const exact = names.find((n) => n.nameKey === key);
  if (exact) return exact;
  const containing = key ? names.filter((n) => n.nameKey.includes(key)) : [];
  if (containing.length === 1) return containing[0]!;
  if (containing.length > 1) {
    const shown = containing.slice(0, 5).map((n) => n.name);
    throw new BenchError(`"${name}" could be any of ${containing.length} holders (${shown.join('; ')}${containing.length > 5 ? '; …' : ''}): give more of the name.`);
  }
  throw new BenchError(`no holder is called "${name}" in the database: check the spelling, or list the holders with \`cse bench\`.`);
}

export interface VisitPoints extends HolderVisit {
  points: number;
}

export interface HolderPosition {
  holder: RankedHolder;
  overall: Standing;
  /** In analysts' words: "35th of 412 holders; 8 of those ahead have …". */
  overallWords: string;
  /** Among holders of its sector; null when its sector is not known. */
  inSector: Standing | null;
  inSectorWords: string | null;
  /** The completed visit before the one ranked; null when none is loaded. */
  previous: VisitPoints | null;
  /** Its standing in the table as it stood on the previous visit's date; null when that visit is undated. */
  previousStanding: Standing | null;
  /** Every completed visit, oldest first. */
  visits: VisitPoints[];
}

export function holderPosition(db: Database, name: string, options: BenchOptions): HolderPosition {
  const found = findHolder(db, name);
  const table = leagueTable(db, options);
  const holder = table.find((h) => h.organisationId === found.id);
  const readInPart = holder ? undefined : leftOutReadInPart(db, options).find((v) => v.organisationId === found.id);
  if (readInPart) {
    throw new BenchError(
      `${found.name} is left out of the table: its latest report (${readInPart.stage}, ${readInPart.assessedOn ?? 'undated'}) was read only in part (${readInPart.readInPartReasons}); --include-partial to rank it, marked.`,
    );
  }
  if (!holder) {
    throw new BenchError(
      `${found.name} is not in this table: it has no completed assessment loaded${options.filters.year || options.filters.sector || options.filters.region || options.filters.body ? ' that passes the filters given' : ''}.`,
    );
  }
  const overall = standingOf(table, found.id)!;
  // Its sector's table is the overall table's holders of that sector, ranked among themselves.
  const sectorTable = holder.sector ? rankHolders(table.filter(passesFilters({ sector: holder.sector })), options.points) : null;
  const inSector = sectorTable ? standingOf(sectorTable, found.id) : null;

  const visits = visitsOfHolder(db, found.id).map((v) => ({ ...v, points: pointsOf(v, options.points) }));
  const index = visits.findIndex((v) => v.assessmentId === holder.assessmentId);
  const previous = index > 0 ? visits[index - 1]! : null;
  // The table as it stood then: every holder's latest visit up to that date, the same filters but the year.
  const previousStanding =
    previous?.assessedOn != null
      ? standingOf(leagueTable(db, { ...options, filters: { ...options.filters, year: null } }, previous.assessedOn), found.id)
      : null;
  return {
    holder,
    overall,
    overallWords: describeStanding(overall),
    inSector,
    inSectorWords: inSector ? describeStanding(inSector) : null,
    previous,
    previousStanding,
    visits,
  };
}
