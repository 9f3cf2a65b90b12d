import { dryRunStaffingTable, staffingInput } from '../../src/coordinator/staffing-table/dry-run.js';
import { parseStaffingFile } from '../../src/coordinator/staffing-table/parse.js';
import { loadDemo } from '../../src/demo/load.js';
import { ALL_SCOPE, largeStaffingTable } from '../../test/support/large-staffing-table.js';
import { createBenchDatabase, type BenchDb } from '../support/database.js';
import { summarize } from '../support/stats.js';

/** Figures of the staffing-preview scenario. */
export interface StaffingFigures {
  staffing_preview_p50_s: number;
  staffing_preview_max_s: number;
}

/** The demo year's schedule is built around this day, as in the tests' coordinator world. */
const DEMO_TODAY = '2026-11-22';
const ROWS = 5_000;

/**
 * The staffing preview (issue 13 "Large files"): the dry run of a 5,000-row staffing table drawn as the official form over the
 * demo world — read the workbook, look the people up, validate every row against the database, plan — timed
 * in-process, `rounds` times after an untimed one, as a coordinator's file would be previewed.
 */
export async function runStaffingScenario(db: BenchDb, rounds: number): Promise<StaffingFigures> {
  const database = await createBenchDatabase(db);
  try {
    await loadDemo(database.db, { today: DEMO_TODAY, timeZone: 'Asia/Shanghai' });
    const { file } = await largeStaffingTable(database.db, ROWS);
    const preview = async (): Promise<number> => {
      const started = performance.now();
      const read = await parseStaffingFile('大表.xlsx', file);
      const input = await staffingInput(database.db, ALL_SCOPE, read);
      const dryRun = await dryRunStaffingTable(database.db, ALL_SCOPE, '大表.xlsx', input);
      if (dryRun.rowCount !== ROWS) throw new Error(`staffing preview read ${dryRun.rowCount} rows, not ${ROWS}`);
      return performance.now() - started;
    };
    await preview();
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) samples.push(await preview());
    const ms = summarize(samples);
    return { staffing_preview_p50_s: seconds(ms.p50), staffing_preview_max_s: seconds(ms.max) };
  } finally {
    await database.destroy();
  }
}

/** Milliseconds as seconds to two decimals. */
const seconds = (ms: number) => Math.round(ms / 10) / 100;
