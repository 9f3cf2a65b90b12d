import type { Db } from '../db/client.js';
import { zonedInstant } from '../time/local.js';
import { buildDemoDataset } from './dataset.js';
import { loadInstitutions, loadPeople, loadRegions } from './load-directory.js';
import { DemoIds } from './load-ids.js';
import { loadObligations } from './load-obligations.js';
import { loadAssignments, loadPrograms } from './load-programs.js';
import { loadServiceDays } from './load-service-days.js';

/** When and where the demo is loaded. */
export interface DemoLoadOptions {
  /** The local date the schedule is built around (`YYYY-MM-DD`). */
  today: string;
  /** The bot's time zone (BOT_TIMEZONE). */
  timeZone: string;
  /** The instant recorded on re-planned assignments; the process clock by default. */
  now?: Date;
}

/** What the demo holds (the same on every load for the same `today`). */
export interface DemoLoadSummary {
  today: string;
  programs: string[];
  regions: number;
  institutions: number;
  people: number;
  assignments: number;
  serviceDays: number;
  workLogs: number;
  obligations: number;
}

/**
 * Loads the demo dataset through the query functions, idempotently: every row is found by its natural
 * key (code, phone, open_id, source message id …) before it is written, so loading again — or finishing
 * an interrupted load — adds nothing twice.
 */
export async function loadDemo(db: Db, options: DemoLoadOptions): Promise<DemoLoadSummary> {
  const { today, timeZone } = options;
  const dataset = buildDemoDataset(today, timeZone);
  const ids = new DemoIds();
  await loadRegions(db, dataset, ids);
  await loadInstitutions(db, dataset, ids);
  // Roles count from the day the current program started.
  await loadPeople(db, dataset, ids, zonedInstant(dataset.current.startDate, '09:00', timeZone));
  await loadPrograms(db, dataset, ids);
  const assignmentIds = await loadAssignments(db, dataset, ids, options.now ?? new Date());
  await loadServiceDays(db, dataset, ids, assignmentIds);
  await loadObligations(db, dataset, ids);
  return {
    today,
    programs: dataset.programs.map((p) => p.code),
    regions: dataset.regions.length,
    institutions: dataset.institutions.length,
    people: dataset.people.length,
    assignments: dataset.assignments.length,
    serviceDays: dataset.serviceDays.length,
    workLogs: dataset.serviceDays.filter((d) => d.workLog).length,
    obligations: dataset.obligations.length,
  };
}
