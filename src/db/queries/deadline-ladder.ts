import type { Prisma, Region, RegionLevel } from '../../generated/sqlite/client.js';
import { regionPathAncestry } from '../../permissions/region-path.js';
import type { DbOrTx } from '../client.js';

/** What the deadline ladder reads: open obligations and milestones around today, and bureaus by level. */

const OBLIGATION_WITH_OWNER = {
  institution: { select: { id: true, name: true, regionPath: true } },
  program: { select: { id: true, name: true, settings: true, region: { select: { path: true } } } },
} as const;

/** An obligation with the hospital that owes it and the program (settings, running bureau's region). */
export type LadderObligation = Prisma.ReportingObligationGetPayload<{ include: typeof OBLIGATION_WITH_OWNER }>;

/**
 * Obligations not submitted (pending or only drafted) due between two local dates, both included,
 * by due date. Read on every run, so a submission takes its obligation off the ladder at once.
 */
export function listOpenObligationsDueBetween(db: DbOrTx, from: string, to: string): Promise<LadderObligation[]> {
  return db.reportingObligation.findMany({
    where: { dueDate: { gte: from, lte: to }, status: { not: 'SUBMITTED' } },
    include: OBLIGATION_WITH_OWNER,
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}

const DEADLINE_WITH_PROGRAM = {
  program: { select: { id: true, name: true, settings: true, regionId: true } },
} as const;

/** A program milestone with its program. */
export type LadderDeadline = Prisma.DeadlineGetPayload<{ include: typeof DEADLINE_WITH_PROGRAM }>;

/** Program milestones due between two local dates, both included, by due date. */
export function listDeadlinesWithProgramDueBetween(db: DbOrTx, from: string, to: string): Promise<LadderDeadline[]> {
  return db.deadline.findMany({
    where: { dueDate: { gte: from, lte: to } },
    include: DEADLINE_WITH_PROGRAM,
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}

/** The region of `level` that is the region at `path` or contains it (the county of a township), or null. */
export function findRegionAtLevelContaining(db: DbOrTx, path: string, level: RegionLevel): Promise<Region | null> {
  return db.region.findFirst({ where: { path: { in: regionPathAncestry(path) }, level } });
}
