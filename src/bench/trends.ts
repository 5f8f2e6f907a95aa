/**
 * How results move over time: nationally, year by year over every completed visit (not only each
 * holder's latest), and for one holder, visit by visit (in `HolderPosition.visits`).
 */
import type { Database } from 'better-sqlite3';
import { type BenchFilters, passesFilters } from './filters.js';
import type { PointsScheme } from './points.js';
import { allVisits } from './queries.js';
import { pointsOf } from './ranking.js';

export interface YearTrend {
  year: number;
  assessments: number;
  holders: number;
  meanCompliancePlus: number;
  meanPartialCompliance: number;
  /** Share of the year's assessments with no partial compliance, 0–1. */
  withoutPartialShare: number;
  meanPoints: number;
}

export interface NationalTrends {
  years: YearTrend[];
  /** Completed visits with neither a visit nor a report date, left out of the years. */
  undated: number;
  /** Completed visits whose report was read only in part: left out of the years, unless included. */
  readInPart: number;
  /** Whether those are counted in the years. */
  readInPartIncluded: boolean;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function nationalTrends(db: Database, filters: BenchFilters, points: PointsScheme, includePartial = false): NationalTrends {
  const passing = allVisits(db, { year: filters.year }).filter(passesFilters(filters));
  const readInPart = passing.filter((v) => v.readInPart).length;
  const visits = includePartial ? passing : passing.filter((v) => !v.readInPart);
  const byYear = new Map<number, typeof visits>();
  let undated = 0;
  for (const visit of visits) {
    if (!visit.assessedOn) {
      undated++;
      continue;
    }
    const year = Number(visit.assessedOn.slice(0, 4));
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(visit);
  }
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, inYear]) => ({
      year,
      assessments: inYear.length,
      holders: new Set(inYear.map((v) => v.organisationId)).size,
      meanCompliancePlus: mean(inYear.map((v) => v.compliancePlus)),
      meanPartialCompliance: mean(inYear.map((v) => v.partialCompliance)),
      withoutPartialShare: inYear.filter((v) => v.partialCompliance === 0).length / inYear.length,
      meanPoints: mean(inYear.map((v) => pointsOf(v, points))),
    }));
  return { years, undated, readInPart, readInPartIncluded: includePartial };
}
