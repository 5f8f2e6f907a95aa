/**
 * A holder's page: its assessments over time, what changed between visits, and where it stands
 * among its peers (as `cse bench --holder` says it).
 */
import type { Database } from 'better-sqlite3';
import { BenchError, type BenchOptions, type HolderPosition, holderPosition } from '../../bench/league.js';
import { visitsOfHolder } from '../../bench/queries.js';
import type { Rating } from '../../schema/report.js';
import { type AssessmentView, assessmentView } from './assessment.js';

export interface RatingChange {
  code: string;
  from: Rating;
  to: Rating;
}

export interface HolderView {
  id: number;
  name: string;
  sector: string | null;
  region: string | null;
  /** Completed assessments, oldest first. */
  assessments: AssessmentView[];
  /** For each assessment after the first: the elements rated at both visits whose rating changed. */
  changes: { from: number; to: number; changes: RatingChange[] }[];
  /** Its place in the league table, or why it has none. */
  position: HolderPosition | null;
  positionNote: string | null;
}

export function changesBetween(before: AssessmentView, after: AssessmentView): RatingChange[] {
  const earlier = new Map(before.record.elements.map((e) => [e.code, e.rating]));
  return after.record.elements.flatMap((e) => {
    const from = earlier.get(e.code);
    return from && from !== e.rating ? [{ code: e.code, from, to: e.rating }] : [];
  });
}

export function holderView(db: Database, organisationId: number, options: BenchOptions): HolderView | null {
  const organisation = db.prepare('SELECT id, name, sector, region FROM organisations WHERE id = ?').get(organisationId) as
    | Pick<HolderView, 'id' | 'name' | 'sector' | 'region'>
    | undefined;
  if (!organisation) return null;
  const assessments = visitsOfHolder(db, organisationId)
    .map((v) => assessmentView(db, v.assessmentId, options.points))
    .filter((a): a is AssessmentView => a !== null);
  const changes = assessments.slice(1).map((after, i) => ({ from: assessments[i]!.id, to: after.id, changes: changesBetween(assessments[i]!, after) }));
  let position: HolderPosition | null = null;
  let positionNote: string | null = null;
  try {
    position = holderPosition(db, organisation.name, options);
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    positionNote = error.message;
  }
  return { ...organisation, assessments, changes, position, positionNote };
}
