import type { DbOrTx } from '../db/client.js';
import { appendServiceDayConfirmation } from '../db/queries/service-day-confirmations.js';
import { recordCheckIn, recordCheckOut } from '../db/queries/service-days.js';
import { getWorkLogWithHistory, saveWorkLog } from '../db/queries/work-logs.js';
import { writeInChunks } from './chunked.js';
import type { DemoDataset } from './dataset.js';
import type { DemoIds } from './load-ids.js';
import type { ScheduledAssignment } from './schedule.js';
import type { ScheduledServiceDay } from './service-days.js';

async function loadServiceDay(
  db: DbOrTx,
  planned: ScheduledServiceDay,
  ids: DemoIds,
  assignmentId: number | null,
): Promise<void> {
  const { assignment } = planned;
  const physicianId = ids.person(assignment.physicianOpenId);
  const { checkIn, checkOut, confirmation, workLog } = planned;
  // The check-in's source id makes a reload find the day instead of adding one.
  const { day, created } = await recordCheckIn(db, {
    ...checkIn,
    programId: ids.program(assignment.programCode),
    assignmentId,
    physicianId,
    institutionId: ids.institution(assignment.clinicKey),
    serviceDate: planned.serviceDate,
  });
  if (checkOut && day.checkOutAt === null) await recordCheckOut(db, day.id, checkOut);
  if (confirmation && day.confirmationStatus === 'PENDING') {
    const { byOpenId, ...verdict } = confirmation;
    await appendServiceDayConfirmation(db, { ...verdict, serviceDayId: day.id, byId: ids.person(byOpenId) });
  }
  // saveWorkLog would add a revision to an existing log, so only a day without one gets it.
  if (workLog && (created || !(await getWorkLogWithHistory(db, day.id)))) {
    await saveWorkLog(db, {
      serviceDayId: day.id,
      values: workLog.figures,
      note: workLog.note,
      authorId: physicianId,
      at: workLog.at,
    });
  }
}

/**
 * Writes the past service days: check-in, check-out, the clinic head's verdict and the work log, each
 * only where an earlier load has not written it already.
 */
export async function loadServiceDays(
  db: DbOrTx,
  dataset: DemoDataset,
  ids: DemoIds,
  assignmentIds: ReadonlyMap<ScheduledAssignment, number>,
): Promise<void> {
  await writeInChunks(db, dataset.serviceDays, (tx, day) =>
    loadServiceDay(tx, day, ids, assignmentIds.get(day.assignment) ?? null),
  );
}
