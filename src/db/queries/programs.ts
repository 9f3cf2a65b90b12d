import type {
  Deadline,
  Metric,
  ParticipantSide,
  Prisma,
  Program,
  ProgramParticipant,
  ProgramTarget,
} from '../../generated/sqlite/client.js';
import { QueryRefusal } from '../query-refusal.js';
import type { DbOrTx } from '../client.js';
import { findRegionByCode } from './regions.js';
import { inTransaction } from './transaction.js';

/** The program with a code, or null. */
export function findProgramByCode(db: DbOrTx, code: string): Promise<Program | null> {
  return db.program.findUnique({ where: { code } });
}

/** The program with an id, or null. */
export function findProgramById(db: DbOrTx, id: number): Promise<Program | null> {
  return db.program.findUnique({ where: { id } });
}

/**
 * Programs running on a local date (start ≤ date ≤ end), optionally only those an institution takes part
 * in (on either side, or on the given one).
 */
export function listProgramsActiveOn(
  db: DbOrTx,
  date: string,
  filter: { institutionId?: number; side?: ParticipantSide } = {},
): Promise<Program[]> {
  const { institutionId, side } = filter;
  return db.program.findMany({
    where: {
      startDate: { lte: date },
      endDate: { gte: date },
      ...(institutionId === undefined ? {} : { participants: { some: { institutionId, ...(side ? { side } : {}) } } }),
    },
    orderBy: { code: 'asc' },
  });
}

/** The settings a program may override; omitted ones keep the model's defaults (or current values). */
type ProgramRules = Partial<
  Pick<
    Program,
    | 'minServiceDaysPerMonth'
    | 'checkInWindowStart'
    | 'checkInWindowEnd'
    | 'geofenceToleranceM'
    | 'minTitle'
    | 'correctionsPerMonth'
    | 'reportDueDay'
  >
>;

/** What `upsertProgramByCode` writes. */
export interface ProgramInput extends ProgramRules {
  code: string;
  name: string;
  kind: Program['kind'];
  /** Code of the region whose bureau runs the program. */
  regionCode: string;
  startDate: string;
  endDate: string;
  settings?: Prisma.InputJsonValue;
}

/** Creates the program with `code` or updates it to the given values. An unknown region is NOT_FOUND. */
export async function upsertProgramByCode(db: DbOrTx, input: ProgramInput): Promise<Program> {
  const { regionCode, ...fields } = input;
  const region = await findRegionByCode(db, regionCode);
  if (!region) throw new QueryRefusal('REGION_NOT_FOUND', { code: regionCode });
  const data = { ...fields, regionId: region.id };
  return db.program.upsert({ where: { code: input.code }, create: data, update: data });
}

/** Records that an institution takes part in a program on one side; a repeat is a no-op. */
export function ensureProgramParticipant(
  db: DbOrTx,
  key: { programId: number; institutionId: number; side: ParticipantSide },
): Promise<ProgramParticipant> {
  return db.programParticipant.upsert({ where: { programId_institutionId_side: key }, create: key, update: {} });
}

/** A participant with its institution. */
export type ProgramParticipantView = Prisma.ProgramParticipantGetPayload<{ include: { institution: true } }>;

/** The participants of a program, optionally of one side, by institution name. */
export function listProgramParticipants(
  db: DbOrTx,
  programId: number,
  side?: ParticipantSide,
): Promise<ProgramParticipantView[]> {
  return db.programParticipant.findMany({
    where: { programId, ...(side ? { side } : {}) },
    include: { institution: true },
    orderBy: { institution: { name: 'asc' } },
  });
}

/** What `upsertProgramTarget` writes; the natural key is program + metric + due date + region. */
export interface ProgramTargetInput {
  programId: number;
  metric: Metric;
  dueDate: string;
  /** Null for a target of the whole program. */
  regionId: number | null;
  value: number;
  note?: string;
}

/**
 * Creates or updates a program target by its natural key. The key includes the nullable `regionId`, and a
 * unique index never treats two NULLs as equal, so this finds then writes inside one transaction instead
 * of relying on the index.
 */
export function upsertProgramTarget(db: DbOrTx, input: ProgramTargetInput): Promise<ProgramTarget> {
  const { programId, metric, dueDate, regionId, ...values } = input;
  return inTransaction(db, async (tx) => {
    const existing = await tx.programTarget.findFirst({ where: { programId, metric, dueDate, regionId } });
    return existing
      ? tx.programTarget.update({ where: { id: existing.id }, data: values })
      : tx.programTarget.create({ data: input });
  });
}

/**
 * The targets of a program by due date, then in the order they were created (not by metric: PostgreSQL
 * sorts enums by declaration, SQLite by text); with `regionId`, only that region's targets (null:
 * only whole-program targets).
 */
export function listProgramTargets(
  db: DbOrTx,
  programId: number,
  filter: { regionId?: number | null } = {},
): Promise<ProgramTarget[]> {
  return db.programTarget.findMany({
    where: { programId, ...(filter.regionId === undefined ? {} : { regionId: filter.regionId }) },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}

/** What `upsertDeadline` writes; the natural key is program + title + due date. */
export interface DeadlineInput {
  programId: number;
  title: string;
  dueDate: string;
  description?: string;
  regionId?: number | null;
}

/** Creates or updates a program deadline by its natural key. */
export function upsertDeadline(db: DbOrTx, input: DeadlineInput): Promise<Deadline> {
  const { programId, title, dueDate } = input;
  return db.deadline.upsert({
    where: { programId_title_dueDate: { programId, title, dueDate } },
    create: input,
    update: input,
  });
}

/** Deadlines due between two local dates (both included), optionally of one program, by due date. */
export function listDeadlinesDueBetween(
  db: DbOrTx,
  from: string,
  to: string,
  filter: { programId?: number } = {},
): Promise<Deadline[]> {
  return db.deadline.findMany({
    where: {
      dueDate: { gte: from, lte: to },
      ...(filter.programId === undefined ? {} : { programId: filter.programId }),
    },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}
