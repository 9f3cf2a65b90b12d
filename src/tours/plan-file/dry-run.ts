import type { DbOrTx } from '../../db/client.js';
import type { TourTeamRow } from '../../db/queries/tours.js';
import { parseLooseDate } from '../../physician/loose-date.js';
import type { TableRow } from '../../table-reader/rows.js';
import { addDays } from '../../time/local.js';
import { planDateOutsideWindow, planPlace } from '../file-plan.js';
import type { PlanColumn } from './layout.js';

/**
 * The dry run of a tour plan file: each row checked by `/巡回安排`'s own checks (a place of the team's
 * counties, a date inside the program's window), every problem named by its row number; nothing is filed
 * while one row is bad.
 */

/** A plan file as read: its rows by column, with their row numbers. */
export interface PlanRead {
  fileName: string;
  rows: TableRow<PlanColumn>[];
}

/** One planned day of the file, checked. */
export interface PlanLine {
  rowNumber: number;
  date: string;
  place: { id: number; name: string };
  activity: string;
}

/** A problem of one row (the message key's text follows `第 {row} 行：`). */
export interface PlanFileProblem {
  rowNumber: number;
  key: string;
  params: Record<string, string | number>;
}

/** What the dry run found. */
export interface PlanDryRun {
  fileName: string;
  lines: PlanLine[];
  problems: PlanFileProblem[];
}

/** How far ahead a date without a year is read (a plan is for the coming weeks), as `/巡回安排` reads it. */
const AHEAD_DAYS = 182;

/** Checks a plan file for the leader's team on a local date. */
export async function dryRunPlanFile(
  db: DbOrTx,
  team: TourTeamRow,
  read: PlanRead,
  today: string,
): Promise<PlanDryRun> {
  const lines: PlanLine[] = [];
  const problems: PlanFileProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, cells } of read.rows) {
    const bad = (key: string, params: Record<string, string | number>) => problems.push({ rowNumber, key, params });
    const dateText = (cells.date ?? '').trim();
    const placeText = (cells.place ?? '').trim();
    const date = parseLooseDate(dateText, addDays(today, AHEAD_DAYS));
    if (date === undefined) bad('tours.planFile.badDate', { text: dateText });
    else if (firstRowOf.has(date)) bad('tours.planFile.dateTwice', { date, first: firstRowOf.get(date) ?? 0 });
    else {
      firstRowOf.set(date, rowNumber);
      const window = await planDateOutsideWindow(db, team, [date]);
      if (window) bad(window.key, window.params);
    }
    if (placeText === '') {
      bad('tours.planFile.noPlace', {});
      continue;
    }
    const place = await planPlace(db, team, placeText);
    if ('problem' in place) bad(place.problem.key, place.problem.params);
    else if (date !== undefined) {
      lines.push({
        rowNumber,
        date,
        place: { id: place.id, name: place.name },
        activity: (cells.activity ?? '').trim(),
      });
    }
  }
  return { fileName: read.fileName, lines, problems };
}

/** The dry run as plain lines (escaped by the card): the heading, every day by row, then the bad rows. */
export function planDryRunLines(
  translate: (key: string, params?: Record<string, string | number>) => string,
  team: { hospital: string },
  dryRun: PlanDryRun,
): string[] {
  const lines = [translate('tours.planFile.heading', { fileName: dryRun.fileName, hospital: team.hospital })];
  for (const line of dryRun.lines) {
    const { rowNumber: row, date, activity } = line;
    lines.push(translate('tours.planFile.line', { row, date, place: line.place.name, activity: activity || '—' }));
  }
  if (dryRun.problems.length > 0) {
    lines.push(translate('tours.roster.problems', { count: dryRun.problems.length }));
    for (const problem of dryRun.problems) {
      const text = translate(problem.key, problem.params);
      lines.push(translate('tours.planFile.rowProblem', { row: problem.rowNumber, text }));
    }
  }
  return lines;
}
