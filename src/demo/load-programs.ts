import type { DbOrTx } from '../db/client.js';
import { ensureAssignment, updateAssignmentPlan } from '../db/queries/assignments.js';
import {
  ensureProgramParticipant,
  upsertDeadline,
  upsertProgramByCode,
  upsertProgramTarget,
} from '../db/queries/programs.js';
import { writeInChunks } from './chunked.js';
import type { DemoDataset } from './dataset.js';
import type { DemoIds } from './load-ids.js';
import type { DemoProgram } from './programs.js';
import type { ScheduledAssignment } from './schedule.js';

/** Why the demo wrote an assignment, as its change history shows. */
const DEMO_REASON = '演示数据';

async function loadProgram(db: DbOrTx, program: DemoProgram, ids: DemoIds): Promise<void> {
  const { supportingKeys, recipientKeys, targets, deadlines, ...fields } = program;
  const row = await upsertProgramByCode(db, fields);
  ids.programs.set(program.code, row.id);
  const sides = [
    ...supportingKeys.map((key) => ({ key, side: 'SUPPORTING' as const })),
    ...recipientKeys.map((key) => ({ key, side: 'RECIPIENT' as const })),
  ];
  for (const { key, side } of sides) {
    await ensureProgramParticipant(db, { programId: row.id, institutionId: ids.institution(key), side });
  }
  for (const { regionCode, ...target } of targets) {
    await upsertProgramTarget(db, {
      ...target,
      programId: row.id,
      regionId: regionCode === null ? null : ids.region(regionCode),
    });
  }
  for (const deadline of deadlines) await upsertDeadline(db, { ...deadline, programId: row.id, regionId: null });
}

/** Writes the programs with their participants, targets and milestones. */
export async function loadPrograms(db: DbOrTx, dataset: DemoDataset, ids: DemoIds): Promise<void> {
  await writeInChunks(db, dataset.programs, (tx, program) => loadProgram(tx, program, ids));
}

/**
 * Writes the assignments with their planned dates and returns their ids. An assignment
 * an earlier load wrote is kept; only when its planned days differ (a load on another day pins other
 * dates to "today") is it re-planned, which its change history records.
 */
export async function loadAssignments(
  db: DbOrTx,
  dataset: DemoDataset,
  ids: DemoIds,
  now: Date,
): Promise<Map<ScheduledAssignment, number>> {
  const out = new Map<ScheduledAssignment, number>();
  await writeInChunks(db, dataset.assignments, async (tx, a) => {
    const createdById = ids.person(a.createdByOpenId);
    const { assignment, created } = await ensureAssignment(tx, {
      programId: ids.program(a.programCode),
      physicianId: ids.person(a.physicianOpenId),
      institutionId: ids.institution(a.clinicKey),
      startDate: a.startDate,
      endDate: a.endDate,
      plannedDates: a.plannedDates,
      createdById,
      at: a.createdAt,
      reason: DEMO_REASON,
    });
    const stored = assignment.plannedDates.map((d) => d.date).join();
    if (!created && assignment.status === 'ACTIVE' && stored !== a.plannedDates.join()) {
      const plan = { plannedDates: a.plannedDates };
      await updateAssignmentPlan(tx, assignment.id, plan, { actorId: createdById, at: now, reason: DEMO_REASON });
    }
    out.set(a, assignment.id);
  });
  return out;
}
