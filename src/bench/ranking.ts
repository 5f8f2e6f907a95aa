/**
 * Ranking holders by points, and a holder's position in the words analysts use (seed 004: "35th
 * organisation overall (8 of those ahead have 1 or more partial compliances)", "one of only 79
 * organisations with no partial compliances").
 *
 * Order: more points first; at equal points, fewer partial compliances; then fewer
 * non-compliances. Holders equal on all three share a rank ("joint 35th", competition ranking:
 * 1, 2, 2, 4), as nothing in their results tells them apart; within a shared rank they are
 * listed by name, then by when they were first loaded, so the listing is the same on every run.
 */
import type { Rating } from '../schema/report.js';
import type { PointsScheme } from './points.js';
import type { HolderVisit, RatingCounts } from './queries.js';
import { plural } from '../text-format.js';

export interface RankedHolder extends HolderVisit {
  points: number;
  /** 1 for the first; equal for holders the order cannot tell apart. */
  rank: number;
  /** Whether another holder shares this rank. */
  joint: boolean;
}

const COUNT_OF: Record<Rating, keyof RatingCounts> = {
  'compliance-plus': 'compliancePlus',
  compliance: 'compliance',
  'partial-compliance': 'partialCompliance',
  'non-compliance': 'nonCompliance',
};

/** Points of one assessment: each rated element's points; unrated elements earn none. */
export function pointsOf(counts: RatingCounts, scheme: PointsScheme): number {
  return (Object.keys(COUNT_OF) as Rating[]).reduce((sum, rating) => sum + counts[COUNT_OF[rating]] * scheme[rating], 0);
}

/** Negative when `a` ranks above `b`; 0 when the ranking cannot tell them apart. */
function byResult(a: { points: number } & RatingCounts, b: { points: number } & RatingCounts): number {
  return b.points - a.points || a.partialCompliance - b.partialCompliance || a.nonCompliance - b.nonCompliance;
}

export function rankHolders(visits: readonly HolderVisit[], scheme: PointsScheme): RankedHolder[] {
  const scored = visits.map((v) => ({ ...v, points: pointsOf(v, scheme) }));
  scored.sort((a, b) => byResult(a, b) || (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0) || a.organisationId - b.organisationId);
  const ranked: RankedHolder[] = [];
  scored.forEach((holder, index) => {
    const previous = ranked[index - 1];
    const rank = previous && byResult(previous, holder) === 0 ? previous.rank : index + 1;
    ranked.push({ ...holder, rank, joint: false });
  });
  for (let i = 0; i < ranked.length; i++) {
    ranked[i]!.joint = ranked[i - 1]?.rank === ranked[i]!.rank || ranked[i + 1]?.rank === ranked[i]!.rank;
  }
  return ranked;
}

/** Where a holder stands in a ranked table. */
export interface Standing {
  rank: number;
  joint: boolean;
  holders: number;
  /** Holders ranked above it (rank − 1). */
  ahead: number;
  /** Of those ahead, how many have one or more partial compliances. */
  aheadWithPartial: number;
  /** Holders with as many partial compliances as it: none, or one or more. */
  sharingPartialStatus: number;
  hasPartial: boolean;
  /** Share of the other holders it ranks above, 0–100 (100 for a holder alone in its table). */
  percentile: number;
}

export function standingOf(table: readonly RankedHolder[], organisationId: number): Standing | null {
  const holder = table.find((h) => h.organisationId === organisationId);
  if (!holder) return null;
  const hasPartial = holder.partialCompliance > 0;
  const ahead = table.filter((h) => h.rank < holder.rank);
  const behind = table.filter((h) => h.rank > holder.rank).length;
  return {
    rank: holder.rank,
    joint: holder.joint,
    holders: table.length,
    ahead: ahead.length,
    aheadWithPartial: ahead.filter((h) => h.partialCompliance > 0).length,
    sharingPartialStatus: table.filter((h) => h.partialCompliance > 0 === hasPartial).length,
    hasPartial,
    percentile: table.length === 1 ? 100 : Math.round((1000 * behind) / (table.length - 1)) / 10,
  };
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "35th of 412 holders; 8 of those ahead have 1 or more partial compliances; one of 79 holders with no partial compliances" */
export function describeStanding(s: Standing): string {
  const place = `${s.joint ? 'joint ' : ''}${ordinal(s.rank)} of ${plural(s.holders, 'holder')}`;
  const ahead =
    s.ahead === 0
      ? 'none ahead'
      : `${s.aheadWithPartial} of ${s.ahead === 1 ? 'the one' : 'those'} ahead ${s.aheadWithPartial === 1 || s.ahead === 1 ? 'has' : 'have'} 1 or more partial compliances`;
  const partialStatus = `with ${s.hasPartial ? '1 or more' : 'no'} partial compliances`;
  const partial = s.sharingPartialStatus === 1 ? `the only holder ${partialStatus}` : `one of ${plural(s.sharingPartialStatus, 'holder')} ${partialStatus}`;
  return `${place}; ${ahead}; ${partial}`;
}
